package nl.openbaar.api.woo.request.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Woo art. 4.4 deadlines, case by case: each row names the legal reason for the expected date. Dates were worked out
 * by hand from the law and checked against a calendar.
 */
class WooDeadlineTest {
    private final WooDeadline engine = WooDeadline.bundled();

    private Deadlines plain(LocalDate received) {
        return engine.compute(received, List.of(), Optional.empty());
    }

    @ParameterizedTest(name = "{0}: received {1} -> decide by {2}")
    @CsvSource(delimiter = '|', textBlock = """
            four weeks from the day after receipt (Woo 4.4 lid 1) ends on a Friday          | 2025-09-05 | 2025-10-03
            receipt on Saturday: term ends Saturday, Atw art. 1 moves it to Monday         | 2025-09-06 | 2025-10-06
            receipt on Sunday: term ends Sunday, Atw art. 1 moves it to Monday             | 2025-09-07 | 2025-10-06
            receipt on a holiday does not move the start of the term                       | 2025-04-21 | 2025-05-19
            Good Friday (Atw 3 lid 2) + weekend + Easter Monday 2025 -> Tuesday            | 2025-03-21 | 2025-04-22
            Easter Monday 2024 (Atw 3 lid 1) -> Tuesday                                    | 2024-03-04 | 2024-04-02
            Good Friday 2026 + Easter weekend + Easter Monday -> Tuesday                   | 2026-03-06 | 2026-04-07
            Ascension 2025 + Friday equated by decree (Atw 3 lid 3) -> Monday              | 2025-05-01 | 2025-06-02
            Ascension 2024 + Friday equated by decree (Atw 3 lid 3) -> Monday              | 2024-04-11 | 2024-05-13
            Ascension 2027 + Friday equated by decree (Atw 3 lid 3) -> Monday              | 2027-04-08 | 2027-05-10
            Whit Monday 2025 (Atw 3 lid 1) -> Tuesday                                      | 2025-05-12 | 2025-06-10
            Whit Monday 2026 (Atw 3 lid 1) -> Tuesday                                      | 2026-04-27 | 2026-05-26
            King's Day 2026 on Monday 27 April (Atw 3 lid 1) -> Tuesday                    | 2026-03-30 | 2026-04-28
            King's Day 2023 on Thursday + Friday equated by decree -> Monday               | 2023-03-30 | 2023-05-01
            King's Day 2028 on Thursday + Friday equated by decree -> Monday               | 2028-03-30 | 2028-05-01
            5 May is a holiday every year (Atw 3 lid 1): Tuesday 2026 -> Wednesday         | 2026-04-07 | 2026-05-06
            5 May is a holiday every year (Atw 3 lid 1): Monday 2025 -> Tuesday            | 2025-04-07 | 2025-05-06
            both Christmas days 2025 (Thu, Fri) + weekend -> Monday                        | 2025-11-27 | 2025-12-29
            Christmas 2024 (Wed, Thu) + Friday 27 Dec equated by decree + weekend -> Monday| 2024-11-27 | 2024-12-30
            Christmas 2027 on a weekend is no extra holiday: Monday 27 Dec is a working day| 2027-11-27 | 2027-12-27
            New Year's Day 2025 on Wednesday -> Thursday                                   | 2024-12-04 | 2025-01-02
            New Year's Day 2026 + Friday 2 January equated by decree + weekend -> Monday   | 2025-12-04 | 2026-01-05
            """)
    void firstTermEndsOnTheNextWorkingDay(String reason, LocalDate received, LocalDate expected) {
        Deadlines deadlines = plain(received);
        assertEquals(expected, deadlines.deadline(), reason);
        assertEquals(expected, deadlines.firstTermEnd(), reason);
        assertFalse(deadlines.extended());
    }

    @ParameterizedTest(name = "{0}: received {1}, extension of {3} days announced {2} -> decide by {4}")
    @CsvSource(delimiter = '|', textBlock = """
            extension of two weeks announced before the first term ends (Woo 4.4 lid 2)      | 2025-09-05 | 2025-10-01 | 14 | 2025-10-17
            an extension may be shorter than two weeks                                       | 2025-09-05 | 2025-09-10 | 7  | 2025-10-10
            announced on the Monday the Atw gives the first term: in time; the two weeks count from the Saturday, the Atw moves the end to Monday | 2025-09-06 | 2025-10-06 | 14 | 2025-10-20
            extended term ends on Ascension 2025, Friday equated by decree -> Monday         | 2025-04-17 | 2025-05-01 | 14 | 2025-06-02
            """)
    void aTimelyExtensionAddsAtMostTwoWeeks(String reason, LocalDate received, LocalDate announced, int days, LocalDate expected) {
        Deadlines deadlines = engine.compute(received, List.of(), Optional.of(new Extension(announced, days, "omvang")));
        assertEquals(expected, deadlines.deadline(), reason);
        assertTrue(deadlines.extended(), reason);
        assertTrue(deadlines.warnings().stream().noneMatch(w -> w.startsWith("verdaging")), reason);
    }

    @Test
    void anExtensionAnnouncedAfterTheFirstTermHasNoEffect() {
        // Woo 4.4 lid 2: the requester must be told before the first term ends (Friday 3 October 2025)
        Deadlines deadlines = engine.compute(LocalDate.parse("2025-09-05"), List.of(),
                Optional.of(new Extension(LocalDate.parse("2025-10-06"), 14, "omvang")));
        assertEquals(LocalDate.parse("2025-10-03"), deadlines.deadline());
        assertFalse(deadlines.extended());
        assertTrue(deadlines.warnings().get(0).contains("zonder gevolg (Woo art. 4.4 lid 2)"), deadlines.warnings().toString());
    }

    @Test
    void anExtensionIsAtMostTwoWeeksAndNeedsAReason() {
        LocalDate day = LocalDate.parse("2025-09-10");
        assertThrows(IllegalArgumentException.class, () -> new Extension(day, 15, "omvang"));
        assertThrows(IllegalArgumentException.class, () -> new Extension(day, 0, "omvang"));
        assertThrows(IllegalArgumentException.class, () -> new Extension(day, 14, " "));
    }

    @ParameterizedTest(name = "{0}: received {1}, {2} noticed {3}, ended {4} -> {5} days, decide by {6}")
    @CsvSource(delimiter = '|', textBlock = """
            zienswijze (Woo 4.4 lid 3): from the day after the notice until the day the view arrives | 2025-09-05 | zienswijze           | 2025-09-15 | 2025-09-29 | 13 | 2025-10-16
            incomplete request (Awb 4:15 lid 1 a), then the Atw moves the Sunday end to Monday       | 2025-09-01 | aanvulling           | 2025-09-03 | 2025-09-10 | 6  | 2025-10-06
            written consent to delay (Awb 4:15 lid 2 a) counts from its first day                     | 2025-09-05 | instemming-verzoeker | 2025-09-22 | 2025-10-06 | 14 | 2025-10-17
            force majeure (Awb 4:15 lid 2 c)                                                          | 2025-09-05 | overmacht            | 2025-09-08 | 2025-09-10 | 2  | 2025-10-06
            a view that arrives the day after the notice suspends nothing                             | 2025-09-05 | zienswijze           | 2025-09-15 | 2025-09-16 | 0  | 2025-10-03
            """)
    void aSuspensionAddsTheDaysTheTermStoodStill(String reason, LocalDate received, String ground, LocalDate notice,
            LocalDate ended, long days, LocalDate expected) {
        Suspension suspension = new Suspension(SuspensionGround.ofCode(ground).orElseThrow(), notice, ended, notice.plusDays(14));
        Deadlines deadlines = engine.compute(received, List.of(suspension), Optional.empty());
        assertEquals(days, deadlines.suspendedDays(), reason);
        assertEquals(expected, deadlines.deadline(), reason);
        assertFalse(deadlines.provisional(), reason);
    }

    @Test
    void aSuspensionInTheFirstTermLeavesMoreTimeToAnnounceTheExtension() {
        // the view suspends 13 days: the first term ends on 16 October, so an extension announced that day counts
        Suspension view = new Suspension(SuspensionGround.ZIENSWIJZE, LocalDate.parse("2025-09-15"), LocalDate.parse("2025-09-29"), null);
        Deadlines deadlines = engine.compute(LocalDate.parse("2025-09-05"), List.of(view),
                Optional.of(new Extension(LocalDate.parse("2025-10-16"), 14, "derde belanghebbenden")));
        assertEquals(LocalDate.parse("2025-10-16"), deadlines.firstTermEnd());
        assertEquals(LocalDate.parse("2025-10-30"), deadlines.deadline());
        assertTrue(deadlines.extended());
    }

    @Test
    void aRunningSuspensionWithATermToRespondGivesAProvisionalDeadline() {
        // nothing has arrived yet: assume the term to respond (until 29 September) lapses unused, so 14 days
        Suspension view = new Suspension(SuspensionGround.ZIENSWIJZE, LocalDate.parse("2025-09-15"), null, LocalDate.parse("2025-09-29"));
        Deadlines deadlines = engine.compute(LocalDate.parse("2025-09-05"), List.of(view), Optional.empty());
        assertEquals(LocalDate.parse("2025-10-17"), deadlines.deadline());
        assertTrue(deadlines.provisional());
    }

    @Test
    void aRunningSuspensionWithoutAnEndLeavesTheDeadlineUnknown() {
        Suspension force = new Suspension(SuspensionGround.OVERMACHT, LocalDate.parse("2025-09-15"), null, null);
        Deadlines deadlines = engine.compute(LocalDate.parse("2025-09-05"), List.of(force), Optional.empty());
        assertFalse(deadlines.known());
        assertNull(deadlines.firstTermEnd());
    }

    @Test
    void aSuspensionNoticedAfterTheTermEndedCannotReviveIt() {
        Suspension late = new Suspension(SuspensionGround.ZIENSWIJZE, LocalDate.parse("2025-10-06"), LocalDate.parse("2025-10-20"), null);
        Deadlines deadlines = engine.compute(LocalDate.parse("2025-09-05"), List.of(late), Optional.empty());
        assertEquals(LocalDate.parse("2025-10-03"), deadlines.deadline());
        assertEquals(0, deadlines.suspendedDays());
        assertTrue(deadlines.warnings().get(0).startsWith("opschorting (zienswijze)"), deadlines.warnings().toString());
    }

    @Test
    void anIncompleteRequestOnlySuspendsWhenATermToCompleteWasSet() {
        // ABRvS 21 September 2016, ECLI:NL:RVS:2016:2527
        assertThrows(IllegalArgumentException.class,
                () -> new Suspension(SuspensionGround.AANVULLING, LocalDate.parse("2025-09-03"), LocalDate.parse("2025-09-10"), null));
    }

    @Test
    void everyStepNamesItsLegalBasis() {
        Deadlines deadlines = plain(LocalDate.parse("2025-03-21"));
        assertEquals("Woo art. 4.4 lid 1", deadlines.steps().get(0).basis());
        Deadlines.Step atw = deadlines.steps().get(1);
        assertEquals("Atw art. 1 lid 1", atw.basis());
        assertTrue(atw.explanation().contains("2025-04-18 Goede Vrijdag (Atw art. 3 lid 2)"), atw.explanation());
        assertTrue(atw.explanation().contains("2025-04-21 Tweede Paasdag (Atw art. 3 lid 1)"), atw.explanation());
        assertEquals(WooDeadline.RULES_VERSION, deadlines.rulesVersion());
    }

    @Test
    void warnsWhenNoDecreeOnEquatedDaysIsLoadedForTheYear() {
        assertTrue(plain(LocalDate.parse("2025-09-05")).warnings().isEmpty());
        List<String> warnings = new ArrayList<>(plain(LocalDate.parse("2029-09-05")).warnings());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("Atw art. 3 lid 3"), warnings.toString());
    }

    @Test
    void disclosureWaitsTwoWeeksAfterTheDecisionWhenAnObjectionIsExpected() {
        // Woo 4.4 lid 5; 18 April 2025 is Good Friday, then the Easter weekend and Easter Monday
        assertEquals(LocalDate.parse("2025-04-22"), engine.disclosureOn(LocalDate.parse("2025-04-04")));
    }
}
