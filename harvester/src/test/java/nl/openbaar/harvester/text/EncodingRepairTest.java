package nl.openbaar.harvester.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EncodingRepairTest {

    private final EncodingRepair repair = new EncodingRepair();

    @Test
    void repairsALeadByteReadAsU01InsideAWord() {
        assertEquals("financiën", repair.repair("financiƫn"));
    }

    @ParameterizedTest(name = "\"{0}\" becomes \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            ƫƫn               | ëën
            coƶrdinatie       | coördinatie
            Ƒtat              | Ñtat
            cafƩ              | café
            """)
    void repairsLeadByteDamageAtTheStartMiddleAndEndOfAWord(String damaged, String repaired) {
        assertEquals(repaired, repair.repair(damaged));
    }

    @Test
    void repairsUtf8ReadAsWindows1252() {
        assertEquals("financiën", repair.repair("financiÃ«n"));
    }

    @ParameterizedTest(name = "\"{0}\" becomes \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            coÃ¶rdinatie            | coördinatie
            cafÃ©                   | café
            Ã©Ã©n keer             | één keer
            privÃ©â€™s             | privé’s
            """)
    void repairsOtherMojibake(String damaged, String repaired) {
        assertEquals(repaired, repair.repair(damaged));
    }

    @Test
    void keepsALatinExtendedLetterStandingAloneBetweenSpaces() {
        assertEquals("de letter Ƒ staat los", repair.repair("de letter Ƒ staat los"));
    }

    @Test
    void turnsNoBreakSpacesIntoOrdinarySpaces() {
        assertEquals("€ 1.387 x 2", repair.repair("€\u00A01.387\u00A0x\u00A02"));
    }

    @ParameterizedTest(name = "\"{0}\" stays as it is")
    @ValueSource(strings = {"financiën", "Begroting 2021 na wijzigingen", "Ã", "café ë", "Maximaal 5 min", "≤ 10%", ""})
    void leavesCleanTextAlone(String clean) {
        assertEquals(clean, repair.repair(clean));
    }

    @Test
    void repairsADamagedWordBesideACorrectlyEncodedOne() {
        assertEquals("é en é", repair.repair("Ã© en é"));
    }

    @Test
    void leavesAWordAloneThatDoesNotDecodeAsUtf8() {
        // C3 A9 C3: the last byte starts a character that never ends
        assertEquals("Ã©Ã en", repair.repair("Ã©Ã en"));
    }

    @Test
    void keepsCharactersOutsideWindows1252WhenRepairingMojibake() {
        assertEquals("financiën ≤ 5", repair.repair("financiÃ«n ≤ 5"));
    }
}
