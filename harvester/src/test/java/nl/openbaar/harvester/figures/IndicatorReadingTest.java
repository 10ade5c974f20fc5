package nl.openbaar.harvester.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IndicatorReadingTest {

    private static IndicatorReading read(String printed) {
        Optional<IndicatorReading> reading = IndicatorReading.read(printed);
        assertTrue(reading.isPresent(), () -> "'" + printed + "' should be readable");
        return reading.get();
    }

    private static void assertValue(String expected, IndicatorReading reading) {
        assertTrue(reading.value().isPresent(), "expected a value");
        assertEquals(0, new BigDecimal(expected).compareTo(reading.value().get()),
                () -> "expected " + expected + " but was " + reading.value().get().toPlainString());
    }

    @Test
    void readsADecimalCommaAsAPlainValueWithoutUnitOrBound() {
        IndicatorReading reading = read("8,5");
        assertValue("8.5", reading);
        assertEquals(Optional.empty(), reading.unit());
        assertEquals(Optional.empty(), reading.bound());
    }

    @Test
    void readsAPercentSignAsPercent() {
        IndicatorReading reading = read("69%");
        assertValue("69", reading);
        assertEquals(Optional.of(Unit.PERCENT), reading.unit());
    }

    @Test
    void readsMinutesAndSecondsAsDecimalMinutes() {
        IndicatorReading reading = read("6:30");
        assertEquals(new BigDecimal("6.5"), reading.value().orElseThrow().stripTrailingZeros());
        assertEquals(Optional.of(Unit.MINUTE), reading.unit());
    }

    @ParameterizedTest(name = "\"{0}\" is {1} minutes")
    @CsvSource(delimiter = '|', textBlock = """
            0:45   | 0.75
            12:00  | 12
            2:15   | 2.25
            """)
    void readsOtherDurationsAsDecimalMinutes(String printed, String minutes) {
        IndicatorReading reading = read(printed);
        assertValue(minutes, reading);
        assertEquals(Optional.of(Unit.MINUTE), reading.unit());
    }

    @Test
    void readsMaximaalAsAnUpperBound() {
        IndicatorReading reading = read("Maximaal 5 min");
        assertValue("5", reading);
        assertEquals(Optional.of(Bound.AtMost), reading.bound());
        assertEquals(Optional.of(Unit.MINUTE), reading.unit());
    }

    @Test
    void readsMinimaalAsALowerBound() {
        IndicatorReading reading = read("Minimaal 80%");
        assertValue("80", reading);
        assertEquals(Optional.of(Bound.AtLeast), reading.bound());
        assertEquals(Optional.of(Unit.PERCENT), reading.unit());
    }

    @ParameterizedTest(name = "\"{0}\" is bound {1}")
    @CsvSource(delimiter = '|', textBlock = """
            max. 10      | AtMost
            hooguit 10   | AtMost
            < 10         | AtMost
            <= 10        | AtMost
            ≤ 10         | AtMost
            min. 10      | AtLeast
            ten minste 10| AtLeast
            minstens 10  | AtLeast
            > 10         | AtLeast
            >= 10        | AtLeast
            ≥ 10         | AtLeast
            """)
    void readsOtherBoundWords(String printed, Bound expected) {
        IndicatorReading reading = read(printed);
        assertValue("10", reading);
        assertEquals(Optional.of(expected), reading.bound());
    }

    @Test
    void readsABoundedDuration() {
        IndicatorReading reading = read("Maximaal 6:30");
        assertValue("6.5", reading);
        assertEquals(Optional.of(Bound.AtMost), reading.bound());
        assertEquals(Optional.of(Unit.MINUTE), reading.unit());
    }

    @Test
    void readsALeadingEuroSignAsEuro() {
        IndicatorReading reading = read("€ 654");
        assertValue("654", reading);
        assertEquals(Optional.of(Unit.EURO), reading.unit());
    }

    @ParameterizedTest(name = "\"{0}\" is {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            12 minuten | 12   | MINUTE
            5 min.     | 5    | MINUTE
            2 uur      | 2    | HOUR
            5 dagen    | 5    | DAY
            1 dag      | 1    | DAY
            654 euro   | 654  | EURO
            €1.250     | 1250 | EURO
            """)
    void readsAUnitWordAfterTheValue(String printed, String value, Unit unit) {
        IndicatorReading reading = read(printed);
        assertValue(value, reading);
        assertEquals(Optional.of(unit), reading.unit());
    }

    @Test
    void readsAThousandsSeparatedValue() {
        assertValue("1234", read("1.234"));
    }

    @Test
    void readsANegativeValue() {
        assertValue("-2.5", read("-2,5"));
    }

    @Test
    void ignoresAFootnoteMarker() {
        assertValue("7.2", read("7,2 (*)"));
    }

    @ParameterizedTest(name = "\"{0}\" says there is no value")
    @ValueSource(strings = {"-", "−", "–", "n.v.t.", "N.v.t.", "nvt", "n.b.", "geen meting", "Geen gegevens", "?", "", "   "})
    void readsANoValueMarkAsNoValue(String printed) {
        IndicatorReading reading = read(printed);
        assertEquals(IndicatorReading.NONE, reading);
        assertEquals(Optional.empty(), reading.value());
    }

    @ParameterizedTest(name = "\"{0}\" cannot be read")
    @ValueSource(strings = {"goed", "Ja", "voldoende", "stijgend", "1.2.3", "Maximaal", "hoog"})
    void cannotReadAWordOrGarbage(String printed) {
        assertEquals(Optional.empty(), IndicatorReading.read(printed));
    }

    @Test
    void readsHoursAndMinutesInHoursAsHoursNotMinutes() {
        IndicatorReading reading = read("1:30 uur");
        boolean asHours = reading.unit().equals(Optional.of(Unit.HOUR))
                && reading.value().orElseThrow().compareTo(new BigDecimal("1.5")) == 0;
        boolean asMinutes = reading.unit().equals(Optional.of(Unit.MINUTE))
                && reading.value().orElseThrow().compareTo(new BigDecimal("90")) == 0;
        assertTrue(asHours || asMinutes, () -> "'1:30 uur' read as " + reading);
    }
}
