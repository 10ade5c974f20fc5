package nl.openbaar.harvester.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** What the personal-data gate finds, and that it never shows the value it found. */
class PersonalDataScannerTest {
    private final PersonalDataScanner scanner = new PersonalDataScanner();

    private List<Finding> scan(String text) {
        return scanner.scan(List.of(text), false, Map.of());
    }

    @ParameterizedTest(name = "{0} passes the 11-proof: {1}")
    @CsvSource({"123456782,true", "111222333,true", "249566758,true", "123456789,false", "000000000,false",
            "12345678,false", "1234567,false"})
    void theBsnElevenProofWithTheNegativeLastWeight(String number, boolean valid) {
        assertEquals(valid, Bsn.isValid(number));
    }

    @Test
    void aBsnNearAContextWordIsCertainAndMasked() {
        List<Finding> found = scan("Verzoeker, BSN 123456782, woont in Hilversum.");
        assertEquals(1, found.size());
        Finding bsn = found.get(0);
        assertEquals(FindingKind.BSN, bsn.kind());
        assertTrue(bsn.certain() && bsn.needsRedaction());
        assertEquals("*******82", bsn.masked());
        assertFalse(bsn.masked().contains("1234567"));
    }

    @Test
    void anElevenProofNumberWithoutContextIsOnlyASuspicion() {
        Finding suspicion = scan("Zaaknummer 111222333 is afgehandeld.").get(0);
        assertEquals(FindingKind.BSN, suspicion.kind());
        assertFalse(suspicion.needsRedaction());
    }

    @Test
    void groupedDigitsCountOnlyNearAContextWord() {
        assertTrue(scan("Het bedrag was 123.456.782 euro.").isEmpty(), "an amount is not a BSN");
        assertEquals(FindingKind.BSN, scan("burgerservicenummer: 123 456 782").get(0).kind());
    }

    @Test
    void numbersFailingTheElevenProofAreNotReported() {
        assertTrue(scan("BSN 123456789").isEmpty());
    }

    @Test
    void aValidIbanIsFoundAndAnInvalidOneIsNot() {
        List<Finding> found = scan("Betaal op NL91ABNA0417164300 of NL91 ABNA 0417 1643 01.");
        assertEquals(1, found.size());
        assertEquals(FindingKind.IBAN, found.get(0).kind());
        assertEquals("NL**************00", found.get(0).masked());
    }

    @Test
    void emailAddressesAreFoundAndMasked() {
        Finding email = scan("Mail j.jansen@example.nl voor vragen.").get(0);
        assertEquals(FindingKind.EMAIL, email.kind());
        assertEquals("j***@***.nl", email.masked());
    }

    @ParameterizedTest
    @CsvSource({"'Bel 06-12345678 na vijven'", "'Telefoon: 020 624 1111'", "'Tel. +31 35 123 4567'"})
    void dutchPhoneNumbersAreFound(String text) {
        List<Finding> found = scan(text);
        assertEquals(1, found.size(), found.toString());
        assertEquals(FindingKind.PHONE, found.get(0).kind());
        assertTrue(found.get(0).masked().startsWith("*"));
    }

    @Test
    void budgetFiguresAreNotPhoneNumbersOrBsns() {
        assertTrue(scan("Lasten 2022: 1.234.567 en baten -456.789; totaal 12.345.678 (x € 1.000).").isEmpty());
    }

    @Test
    void findingsNameTheirPageAndTheMetadataField() {
        List<Finding> found = scanner.scan(List.of("niets", "BSN 249566758"), true, Map.of("dc:creator", List.of("a.devries@gemeente.nl")));
        assertEquals(2, found.size());
        assertEquals(2, found.get(0).page());
        assertEquals("metadata: dc:creator", found.get(1).location());
        assertEquals(FindingKind.EMAIL, found.get(1).kind());
    }

    @Test
    void aPageWithoutAnyTextIsAFindingBecauseNothingOnItWasChecked() {
        List<Finding> found = scanner.scan(List.of("Besluit op uw verzoek", " \n\t ", "3"), true, Map.of());
        assertEquals(1, found.size(), "a scanned page without a text layer; a page with only its number has text");
        assertEquals(FindingKind.UNREADABLE_PAGE, found.get(0).kind());
        assertEquals(2, found.get(0).page());
        assertFalse(found.get(0).needsRedaction(), "a person who looked at the page may clear it, with a reason");
    }

    @Test
    void aDocumentWithoutPagesIsNotAnUnreadablePage() {
        assertTrue(scanner.scan(List.of(""), false, Map.of()).isEmpty());
    }
}
