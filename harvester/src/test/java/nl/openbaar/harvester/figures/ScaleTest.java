package nl.openbaar.harvester.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScaleTest {

    private static Scale printed(String line) {
        Optional<Scale> scale = Scale.fromPrinted(line);
        assertTrue(scale.isPresent(), () -> "'" + line + "' should name a scale");
        return scale.get();
    }

    private static void assertMultiplier(long expected, Scale scale) {
        assertEquals(0, BigDecimal.valueOf(expected).compareTo(scale.multiplier()),
                () -> "expected multiplier " + expected + " but was " + scale.multiplier().toPlainString());
    }

    @Test
    void readsBedragenTimesThousandEuroAsAMultiplierOfAThousand() {
        assertMultiplier(1000, printed("Bedragen x € 1.000"));
    }

    @Test
    void keepsTheScaleAsPrintedWithoutTheWordBedragen() {
        assertEquals(Optional.of("x € 1.000"), printed("Bedragen x € 1.000").printed());
    }

    @Test
    void readsAScaleWithoutSpaceAfterTheEuroSign() {
        Scale scale = printed("x €1.000");
        assertMultiplier(1000, scale);
        assertEquals(Optional.of("x €1.000"), scale.printed());
    }

    @Test
    void readsAMillionInParentheses() {
        assertMultiplier(1_000_000, printed("(x € 1 mln)"));
    }

    @Test
    void keepsAParenthesisedScaleWithoutItsParentheses() {
        assertEquals(Optional.of("x € 1.000"), printed("(Bedragen x € 1.000)").printed());
    }

    @Test
    void keepsAParenthesisedMillionScaleWithoutItsParentheses() {
        assertEquals(Optional.of("x € 1 mln"), printed("(x € 1 mln)").printed());
    }

    @ParameterizedTest(name = "\"{0}\" multiplies by {1}")
    @CsvSource(delimiter = '|', textBlock = """
            bedragen x € 1000           | 1000
            Bedragen x 1.000 euro       | 1000
            Bedragen x €1,000           | 1000
            x € 1 miljoen               | 1000000
            Bedragen x € 1.000.000      | 1000000
            Bedragen in euro's          | 1
            Bedragen in €               | 1
            """)
    void readsOtherPrintedScales(String line, long multiplier) {
        assertMultiplier(multiplier, printed(line));
    }

    @Test
    void aPrintedScaleIsNotInferred() {
        Scale scale = printed("Bedragen x € 1.000");
        assertFalse(scale.inferred());
        assertEquals(Optional.empty(), scale.evidence());
    }

    @ParameterizedTest(name = "\"{0}\" names no scale")
    @ValueSource(strings = {"Totaal lasten", "Realisatie 2020", "Programma Dienstverlening", ""})
    void findsNoScaleInALineThatNamesNone(String line) {
        assertEquals(Optional.empty(), Scale.fromPrinted(line));
    }

    @Test
    void anInferredScaleHasNoPrintedTextButKeepsItsEvidence() {
        Scale scale = Scale.inferred(BigDecimal.valueOf(1000), "totals add up at x 1.000");
        assertTrue(scale.inferred());
        assertEquals(Optional.empty(), scale.printed());
        assertEquals(Optional.of("totals add up at x 1.000"), scale.evidence());
        assertMultiplier(1000, scale);
    }
}
