package nl.openbaar.harvester.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.openbaar.vocab.OB;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportKindTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            jaarrekening    | JAARREKENING
            begroting       | BEGROTING
            jaarverslag     | JAARVERSLAG
            Jaarrekening    | JAARREKENING
            '  BEGROTING  ' | BEGROTING
            """)
    void parsesTheKindByItsLabelIgnoringCaseAndSpaces(String text, ReportKind kind) {
        assertEquals(kind, ReportKind.parse(text));
    }

    @Test
    void parsesJaarstukkenAsJaarrekening() {
        assertEquals(ReportKind.JAARREKENING, ReportKind.parse("jaarstukken"));
    }

    @Test
    void rejectsAnUnknownKindNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportKind.parse("kadernota"));
        assertTrue(e.getMessage().contains("'kadernota'"), e.getMessage());
    }

    @Test
    void rejectsAMissingKind() {
        assertThrows(IllegalArgumentException.class, () -> ReportKind.parse(null));
    }

    @Test
    void mapsEachKindToItsOntologyTerm() {
        assertEquals(OB.AnnualAccounts, ReportKind.JAARREKENING.term());
        assertEquals(OB.Budget, ReportKind.BEGROTING.term());
        assertEquals(OB.AnnualReport, ReportKind.JAARVERSLAG.term());
    }
}
