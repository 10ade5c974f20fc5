package nl.openbaar.api.woo.request.statistics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.openbaar.api.woo.request.WooRequestRecord;
import nl.openbaar.api.woo.request.deadline.Deadlines;
import nl.openbaar.api.woo.request.deadline.WooDeadline;
import nl.openbaar.api.woo.request.decision.DecisionOutcome;

/** Computes the annual figures of the register from its requests (see {@link YearFigures} for the definitions). */
public final class AnnualFigures {
    private final WooDeadline engine;

    public AnnualFigures(WooDeadline engine) {
        this.engine = engine;
    }

    /** One row per year from the first receipt to the last event, oldest first; empty without requests. */
    public List<YearFigures> compute(List<WooRequestRecord> requests) {
        if (requests.isEmpty()) {
            return List.of();
        }
        int first = requests.stream().mapToInt(r -> r.receivedOn().getYear()).min().orElseThrow();
        int last = requests.stream().mapToInt(r -> r.lastEventOn().getYear()).max().orElseThrow();
        List<YearFigures> years = new ArrayList<>();
        for (int year = first; year <= last; year++) {
            years.add(year(year, requests));
        }
        return years;
    }

    private YearFigures year(int year, List<WooRequestRecord> requests) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        int received = 0;
        int open = 0;
        int withdrawn = 0;
        int forwarded = 0;
        int extended = 0;
        int suspended = 0;
        int withinFourWeeks = 0;
        int inTime = 0;
        List<Long> days = new ArrayList<>();
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        for (DecisionOutcome o : DecisionOutcome.values()) {
            outcomes.put(o.code(), 0);
        }
        Map<String, Integer> grounds = new TreeMap<>();
        for (WooRequestRecord r : requests) {
            if (r.receivedOn().getYear() == year) {
                received++;
            }
            if (!r.receivedOn().isAfter(yearEnd) && !closedBy(r, yearEnd)) {
                open++;
            }
            if (r.withdrawnOn() != null && r.withdrawnOn().getYear() == year) {
                withdrawn++;
            }
            if (r.forwardedOn() != null && r.forwardedOn().getYear() == year) {
                forwarded++;
            }
            if (r.decision() == null || r.decision().decidedOn().getYear() != year) {
                continue;
            }
            LocalDate decidedOn = r.decision().decidedOn();
            Deadlines d = r.deadlines(engine);
            if (d.extended()) {
                extended++;
            }
            if (d.suspendedDays() > 0) {
                suspended++;
            }
            if (d.withinFirstTerm(decidedOn)) {
                withinFourWeeks++;
            }
            if (d.inTime(decidedOn)) {
                inTime++;
            }
            days.add(ChronoUnit.DAYS.between(r.receivedOn(), decidedOn) - d.suspendedDays());
            outcomes.merge(r.decision().outcome().code(), 1, Integer::sum);
            r.decision().inventory().forEach(item -> new TreeSet<>(item.grounds()).forEach(g -> grounds.merge(g, 1, Integer::sum)));
        }
        int decided = days.size();
        return new YearFigures(year, received, decided, open, withdrawn, forwarded, extended, suspended,
                withinFourWeeks, pct(withinFourWeeks, decided), inTime, pct(inTime, decided), mean(days), median(days),
                outcomes, grounds);
    }

    private static boolean closedBy(WooRequestRecord r, LocalDate day) {
        return (r.decision() != null && !r.decision().decidedOn().isAfter(day))
                || (r.withdrawnOn() != null && !r.withdrawnOn().isAfter(day))
                || (r.forwardedOn() != null && !r.forwardedOn().isAfter(day));
    }

    private static Double pct(int part, int whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
    }

    private static Double mean(List<Long> values) {
        return values.isEmpty() ? null : Math.round(10.0 * values.stream().mapToLong(Long::longValue).average().orElseThrow()) / 10.0;
    }

    private static Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2).doubleValue() : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
