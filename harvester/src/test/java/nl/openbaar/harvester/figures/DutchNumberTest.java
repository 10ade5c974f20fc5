package nl.openbaar.harvester.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DutchNumberTest {

    private static void assertReads(String printed, String expected) {
        Optional<BigDecimal> read = DutchNumber.parse(printed);
        assertTrue(read.isPresent(), () -> "'" + printed + "' should be read as " + expected);
        assertEquals(0, new BigDecimal(expected).compareTo(read.get()),
                () -> "'" + printed + "' should be " + expected + " but was " + read.get().toPlainString());
    }

    @Test
    void readsAPointAsThousandsSeparator() {
        assertReads("1.387", "1387");
    }

    @Test
    void readsSeveralThousandsSeparators() {
        assertReads("12.345.678", "12345678");
    }

    @Test
    void readsACommaAsDecimalSeparator() {
        assertReads("8,5", "8.5");
    }

    @Test
    void readsThousandsSeparatorsTogetherWithADecimalComma() {
        assertReads("1.387,25", "1387.25");
    }

    @Test
    void readsALeadingMinusAsNegative() {
        assertReads("-1.148", "-1148");
    }

    @Test
    void readsATrailingMinusAsNegative() {
        assertReads("4.977-", "-4977");
    }

    @Test
    void readsAMinusSeparatedByASpaceAsNegative() {
        assertReads("- 251", "-251");
    }

    @Test
    void readsAnAmountInParenthesesAsNegative() {
        assertReads("(1.234)", "-1234");
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            −1.148 | -1148
            –251   | -251
            """)
    void readsTypographicMinusSignsAsNegative(String printed, String expected) {
        assertReads(printed, expected);
    }

    @ParameterizedTest(name = "\"{0}\" is nil")
    @ValueSource(strings = {"-", " - ", "−", "–"})
    void readsALoneDashAsZero(String printed) {
        assertReads(printed, "0");
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            7,2 (*)  | 7.2
            7,2 (**) | 7.2
            7,2*     | 7.2
            7,2 (1)  | 7.2
            """)
    void ignoresAFootnoteMarker(String printed, String expected) {
        assertReads(printed, expected);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            € 654     | 654
            €1.250    | 1250
            69%       | 69
            8,5 %     | 8.5
            """)
    void ignoresCurrencyAndPercentSigns(String printed, String expected) {
        assertReads(printed, expected);
    }

    @Test
    void ignoresSurroundingWhitespace() {
        assertReads("   1.387  ", "1387");
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1.5     | 1.5
            12.25   | 12.25
            """)
    void readsAPointFollowedByOneOrTwoDigitsAsADecimalPoint(String printed, String expected) {
        assertReads(printed, expected);
    }

    @Test
    void keepsTheDecimalsItReads() {
        assertEquals(new BigDecimal("8.5"), DutchNumber.parse("8,5").orElseThrow().stripTrailingZeros());
    }

    @ParameterizedTest(name = "\"{0}\" is not a number")
    @ValueSource(strings = {"", "   ", "abc", "goed", "n.v.t.", "1.2.3", "12.34.56", "--5", "5--", "-5-", "1,2,3", "2021/2022", "x"})
    void doesNotReadSomethingThatIsNotANumber(String printed) {
        assertEquals(Optional.empty(), DutchNumber.parse(printed));
    }
}
