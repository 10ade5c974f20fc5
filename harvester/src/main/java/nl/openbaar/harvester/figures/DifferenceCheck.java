package nl.openbaar.harvester.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.openbaar.harvester.table.Row;
import nl.openbaar.harvester.table.Table;

/**
 * Checks each verschil (afwijking) cell against the two columns of the same flow printed just before it: the
 * difference must equal one minus the other, in either sign convention, within 1 unit of the printed scale.
 */
final class DifferenceCheck {
    private static final BigDecimal TOLERANCE = BigDecimal.ONE;

    List<CrossCheck> check(Table table) {
        List<Term> columns = table.headers().stream().map(h -> Term.of(h.text())).toList();
        List<CrossCheck> checks = new ArrayList<>();
        for (Row row : table.rows()) {
            if (row.values().size() != columns.size()) {
                continue;
            }
            for (int d = 0; d < columns.size(); d++) {
                Optional<BigDecimal> difference = number(row, d);
                if (!isVerschil(table, columns, d) || difference.isEmpty()) {
                    continue;
                }
                List<Integer> compared = comparedColumns(columns, row, d);
                if (compared.size() < 2) {
                    continue;
                }
                BigDecimal a = number(row, compared.get(0)).orElseThrow();
                BigDecimal b = number(row, compared.get(1)).orElseThrow();
                boolean passed = close(difference.get(), a.subtract(b)) || close(difference.get(), b.subtract(a));
                checks.add(new CrossCheck(table.number(), "'" + row.label().text() + "' " + table.headers().get(d).text() + " "
                        + row.values().get(d).text() + " against " + table.headers().get(compared.get(0)).text() + " "
                        + row.values().get(compared.get(0)).text() + " and " + table.headers().get(compared.get(1)).text() + " "
                        + row.values().get(compared.get(1)).text(), passed));
            }
        }
        return checks;
    }

    /** A verschil column, not the V/N flag beside it. */
    private static boolean isVerschil(Table table, List<Term> columns, int c) {
        return columns.get(c).difference() && !table.headers().get(c).text().strip().matches("(?i)v\\s*/\\s*n");
    }

    /** The last two non-difference columns before {@code d} with the same flow and a number in this row. */
    private static List<Integer> comparedColumns(List<Term> columns, Row row, int d) {
        List<Integer> found = new ArrayList<>();
        for (int c = d - 1; c >= 0 && found.size() < 2; c--) {
            if (!columns.get(c).difference() && columns.get(c).flow().equals(columns.get(d).flow()) && number(row, c).isPresent()) {
                found.add(0, c);
            }
        }
        return found;
    }

    private static Optional<BigDecimal> number(Row row, int c) {
        return DutchNumber.parse(row.values().get(c).text());
    }

    private static boolean close(BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs().compareTo(TOLERANCE) <= 0;
    }
}
