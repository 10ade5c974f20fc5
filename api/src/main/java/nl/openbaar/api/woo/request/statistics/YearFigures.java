package nl.openbaar.api.woo.request.statistics;

import java.util.Map;

/**
 * The Woo figures of one calendar year (woo.md §12). Requests are counted in the year of receipt ({@code received})
 * or of decision (everything about decisions); percentages and days are over the requests decided that year and are
 * null when none was.
 *
 * @param openAtYearEnd             received on or before 31 December and neither decided, withdrawn nor forwarded by then
 * @param decidedWithinFourWeeks    decided within the first term: four weeks after receipt plus suspensions, Atw applied
 * @param decidedInTime             decided within the legal term, a valid extension included (so it includes the former)
 * @param meanDaysNetOfSuspensions  calendar days from receipt to decision minus the days the term stood still
 * @param outcomes                  decisions per outcome code (all five, zero included)
 * @param groundsUsed               inventory documents citing each refusal ground code (only grounds used)
 */
public record YearFigures(int year, int received, int decided, int openAtYearEnd, int withdrawn, int forwarded,
        int extended, int suspended, int decidedWithinFourWeeks, Double pctDecidedWithinFourWeeks, int decidedInTime,
        Double pctDecidedInTime, Double meanDaysNetOfSuspensions, Double medianDaysNetOfSuspensions,
        Map<String, Integer> outcomes, Map<String, Integer> groundsUsed) {
}
