package nl.openbaar.harvester.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.openbaar.harvester.table.Row;
import nl.openbaar.harvester.table.Table;

/**
 * The flow of rows that do not name one, in a table of baten and lasten per category ("Personeel", "Bijdragen rijk"),
 * told only from the table's own arithmetic:
 * <ul>
 *   <li>a compound that ends in lasten or baten names its flow ("Apparaatslasten", "Rentebaten");</li>
 *   <li>rows printed right under a row of lasten (or baten) that add up to it in every column are its parts, and share
 *   its flow ("Apparaatslasten" = "Inhuur" + "Overige apparaatslasten" + "Personeel");</li>
 *   <li>a saldo or resultaat row must equal baten − lasten (or lasten − baten) of the rows above it that are no parts of
 *   another: when exactly one choice of flows for the rows that name none makes it so in every column, that choice is
 *   their flow, and the saldo's sign convention is known.</li>
 * </ul>
 * A row whose flow stays unknown is not read.
 */
final class RowFlows {
    private static final Pattern COMPOUND_EXPENDITURE = Pattern.compile("(?iu)\\p{L}{3,}lasten\\b");
    private static final Pattern COMPOUND_REVENUE = Pattern.compile("(?iu)\\p{L}{3,}(baten|opbrengsten)\\b");
    private static final Pattern RESULT = Pattern.compile("(?iu)^(gerealiseerd|geraamd|totaal)?\\s*resultaat\\b.*");
    private static final int MAX_PARTS = 12;
    private static final int MAX_UNKNOWN = 4;

    private final Map<Integer, Flow> flows = new HashMap<>();
    private final Map<Integer, Integer> parents = new HashMap<>();
    private final List<CrossCheck> checks = new ArrayList<>();
    private Optional<Integer> balanceSign = Optional.empty();

    private final Table table;
    private final List<Integer> columns = new ArrayList<>();

    private RowFlows(Table table) {
        this.table = table;
        for (int c = 0; c < table.columnCount(); c++) {
            Term term = Term.of(table.headers().get(c).text());
            if (!term.difference() && term.flow().isEmpty()) {
                columns.add(c);
            }
        }
    }

    /** Reads the flows of {@code table}'s rows; the columns must not name flows themselves. */
    static RowFlows of(Table table) {
        RowFlows result = new RowFlows(table);
        if (!result.columns.isEmpty()) {
            result.named();
            result.parts();
            result.balances();
        }
        return result;
    }

    /** The flow of row {@code r}, when the row names none and its arithmetic shows it. */
    Optional<Flow> flow(int r) {
        return Optional.ofNullable(flows.get(r));
    }

    /** +1 when the table's saldo rows are baten − lasten, −1 when lasten − baten, as their arithmetic shows. */
    Optional<Integer> balanceSign() {
        return balanceSign;
    }

    List<CrossCheck> checks() {
        return List.copyOf(checks);
    }

    /** Flows named by a compound word or by "resultaat", for rows whose label names none as a word of its own. */
    private void named() {
        for (int r = 0; r < table.rows().size(); r++) {
            String label = table.rows().get(r).label().text();
            if (Term.of(label).flow().isPresent() || !isValueRow(r)) {
                continue;
            }
            boolean expenditure = COMPOUND_EXPENDITURE.matcher(label).find();
            boolean revenue = COMPOUND_REVENUE.matcher(label).find();
            if (RESULT.matcher(label.strip()).matches()) {
                flows.put(r, Flow.Balance);
            } else if (expenditure != revenue) {
                flows.put(r, expenditure ? Flow.Expenditure : Flow.Revenue);
            }
        }
    }

    /** Rows right under a row of lasten or baten that add up to it in every column take its flow. */
    private void parts() {
        for (int p = 0; p < table.rows().size(); p++) {
            Optional<Flow> flow = known(p);
            if (flow.isEmpty() || flow.get() == Flow.Balance || !isValueRow(p)) {
                continue;
            }
            for (int k = 1; k <= MAX_PARTS && p + k < table.rows().size(); k++) {
                int last = p + k;
                Optional<Flow> partFlow = known(last);
                if (!isValueRow(last) || Term.of(label(last)).total() || partFlow.filter(f -> f != flow.get()).isPresent()) {
                    break;
                }
                if (addsUp(p, p + 1, last)) {
                    for (int c = p + 1; c <= last; c++) {
                        parents.put(c, p);
                        if (known(c).isEmpty()) {
                            flows.put(c, flow.get());
                        }
                    }
                    checks.add(new CrossCheck(table.number(), "'" + label(p) + "' against the sum of the " + k
                            + " rows under it, in every column", true));
                    p = last;
                    break;
                }
            }
        }
    }

    /** Each saldo row against the baten and lasten above it; solves the flows of the rows that name none. */
    private void balances() {
        int from = 0;
        for (int b = 0; b < table.rows().size(); b++) {
            if (known(b).filter(f -> f == Flow.Balance).isEmpty() || !isValueRow(b)) {
                continue;
            }
            List<Integer> above = new ArrayList<>();
            for (int r = from; r < b; r++) {
                if (isValueRow(r) && !parents.containsKey(r) && !Term.of(label(r)).difference()) {
                    above.add(r);
                }
            }
            from = b + 1;
            if (above.stream().anyMatch(r -> known(r).filter(f -> f == Flow.Balance).isPresent())) {
                continue; // a saldo over saldi: not this arithmetic
            }
            List<Integer> unknown = above.stream().filter(r -> known(r).isEmpty()).toList();
            if (above.size() < 2 || unknown.size() > MAX_UNKNOWN) {
                continue;
            }
            solve(b, above, unknown);
        }
    }

    private void solve(int b, List<Integer> above, List<Integer> unknown) {
        int revenueSign = printedSign(above, Flow.Revenue);
        int expenditureSign = printedSign(above, Flow.Expenditure);
        List<int[]> solutions = new ArrayList<>();
        for (int assignment = 0; assignment < (1 << unknown.size()); assignment++) {
            for (int sign : new int[] {1, -1}) {
                if (holds(b, above, unknown, assignment, sign, revenueSign, expenditureSign)) {
                    solutions.add(new int[] {assignment, sign});
                }
            }
        }
        long assignments = solutions.stream().mapToInt(s -> s[0]).distinct().count();
        long signs = solutions.stream().mapToInt(s -> s[1]).distinct().count();
        String what = "'" + label(b) + "' against the baten and lasten of the " + above.size() + " rows above it";
        if (solutions.isEmpty()) {
            if (unknown.isEmpty()) {
                checks.add(new CrossCheck(table.number(), what, false));
            }
            return;
        }
        if (signs == 1) {
            balanceSign = Optional.of(solutions.get(0)[1]);
        }
        if (assignments != 1) {
            return; // more than one choice of flows adds up: the rows that name none stay unknown
        }
        int assignment = solutions.get(0)[0];
        for (int i = 0; i < unknown.size(); i++) {
            flows.put(unknown.get(i), (assignment & (1 << i)) != 0 ? Flow.Revenue : Flow.Expenditure);
        }
        checks.add(new CrossCheck(table.number(), what + (unknown.isEmpty() ? "" : ", which shows the flow of "
                + String.join(", ", unknown.stream().map(r -> "'" + label(r) + "'").toList())), true));
    }

    private boolean holds(int b, List<Integer> above, List<Integer> unknown, int assignment, int sign, int revenueSign,
                          int expenditureSign) {
        BigDecimal tolerance = BigDecimal.valueOf(above.size());
        boolean decided = false;
        for (int c : columns) {
            Optional<BigDecimal> balance = number(b, c);
            if (balance.isEmpty()) {
                continue;
            }
            BigDecimal net = BigDecimal.ZERO;
            for (int r : above) {
                Optional<BigDecimal> value = number(r, c);
                if (value.isEmpty()) {
                    return false;
                }
                int u = unknown.indexOf(r);
                Flow flow = u >= 0 ? ((assignment & (1 << u)) != 0 ? Flow.Revenue : Flow.Expenditure) : known(r).orElseThrow();
                net = flow == Flow.Revenue ? net.add(value.get().multiply(BigDecimal.valueOf(revenueSign)))
                        : net.subtract(value.get().multiply(BigDecimal.valueOf(expenditureSign)));
            }
            if (balance.get().subtract(net.multiply(BigDecimal.valueOf(sign))).abs().compareTo(tolerance) > 0) {
                return false;
            }
            decided = true;
        }
        return decided;
    }

    /** −1 when the rows of this flow are mostly printed negative. */
    private int printedSign(List<Integer> rows, Flow flow) {
        int negative = 0;
        int positive = 0;
        for (int r : rows) {
            if (known(r).filter(f -> f == flow).isEmpty()) {
                continue;
            }
            for (int c : columns) {
                int signum = number(r, c).map(BigDecimal::signum).orElse(0);
                negative += signum < 0 ? 1 : 0;
                positive += signum > 0 ? 1 : 0;
            }
        }
        return negative > positive ? -1 : 1;
    }

    /** Whether rows {@code first..last} add up to row {@code p} in every column, at least one of them not zero. */
    private boolean addsUp(int p, int first, int last) {
        BigDecimal tolerance = BigDecimal.valueOf(last - first + 1);
        boolean nonZero = false;
        for (int c : columns) {
            Optional<BigDecimal> total = number(p, c);
            if (total.isEmpty()) {
                return false;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (int r = first; r <= last; r++) {
                Optional<BigDecimal> value = number(r, c);
                if (value.isEmpty()) {
                    return false;
                }
                sum = sum.add(value.get());
            }
            if (sum.subtract(total.get()).abs().compareTo(tolerance) > 0) {
                return false;
            }
            nonZero |= total.get().signum() != 0;
        }
        return nonZero;
    }

    private Optional<Flow> known(int r) {
        return Term.of(label(r)).flow().or(() -> Optional.ofNullable(flows.get(r)));
    }

    private boolean isValueRow(int r) {
        Row row = table.rows().get(r);
        return !row.isGroupHeading() && row.values().size() == table.columnCount();
    }

    private String label(int r) {
        return table.rows().get(r).label().text().strip();
    }

    private Optional<BigDecimal> number(int r, int c) {
        return DutchNumber.parse(table.rows().get(r).values().get(c).text());
    }
}
