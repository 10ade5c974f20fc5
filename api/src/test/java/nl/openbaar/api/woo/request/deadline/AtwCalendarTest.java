package nl.openbaar.api.woo.request.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The holidays of art. 3 Algemene termijnenwet, from the bundled data. */
class AtwCalendarTest {
    private final AtwCalendar calendar = AtwCalendar.bundled();

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({"2000,2000-04-23", "2008,2008-03-23", "2011,2011-04-24", "2019,2019-04-21", "2024,2024-03-31",
            "2025,2025-04-20", "2038,2038-04-25", "2285,2285-03-22"})
    void computesEasterWithTheAnonymousGregorianAlgorithm(int year, LocalDate sunday) {
        assertEquals(sunday, Easter.sunday(year));
    }

    @Test
    void listsTheHolidaysOf2025WithTheirLegalBasis() {
        List<String> days = calendar.holidays(2025).stream().map(h -> h.date() + " " + h.nameNl() + " [" + h.basis() + "]").toList();
        assertEquals(List.of(
                "2025-01-01 Nieuwjaarsdag [Atw art. 3 lid 1]",
                "2025-04-18 Goede Vrijdag [Atw art. 3 lid 2]",
                "2025-04-21 Tweede Paasdag [Atw art. 3 lid 1]",
                "2025-04-26 Koningsdag [Atw art. 3 lid 1 (de dag waarop de verjaardag van de Koning wordt gevierd)]",
                "2025-05-05 Bevrijdingsdag (vijfde mei) [Atw art. 3 lid 1]",
                "2025-05-29 Hemelvaartsdag [Atw art. 3 lid 1]",
                "2025-05-30 gelijkgestelde dag (vrijdag na Hemelvaartsdag) [Atw art. 3 lid 3]",
                "2025-06-09 Tweede Pinksterdag [Atw art. 3 lid 1]",
                "2025-12-25 Eerste Kerstdag [Atw art. 3 lid 1]",
                "2025-12-26 Tweede Kerstdag [Atw art. 3 lid 1]"), days);
    }

    @Test
    void kingsDayIsCelebratedOn26AprilWhenThe27thIsASunday() {
        assertTrue(calendar.holiday(LocalDate.parse("2025-04-26")).isPresent());
        assertTrue(calendar.holiday(LocalDate.parse("2025-04-27")).isEmpty());
        assertTrue(calendar.holiday(LocalDate.parse("2026-04-27")).isPresent());
    }

    @ParameterizedTest(name = "5 May {0} is a general holiday")
    @ValueSource(ints = {2024, 2025, 2026, 2027, 2030})
    void fifthOfMayIsAHolidayEveryYear(int year) {
        assertFalse(calendar.isWorkingDay(LocalDate.of(year, 5, 5)));
    }

    @Test
    void knowsWhichYearsADecreeOnEquatedDaysCovers() {
        assertTrue(calendar.equatedDaysKnown(2023));
        assertTrue(calendar.equatedDaysKnown(2028));
        assertFalse(calendar.equatedDaysKnown(2022));
        assertFalse(calendar.equatedDaysKnown(2029));
    }

    @Test
    void refusesYearsBeforeTheRules() {
        assertThrows(IllegalArgumentException.class, () -> calendar.holidays(2013));
    }
}
