package nl.openbaar.api.web;

import java.util.List;

/**
 * The figures of one flow (lasten, baten or saldo) of one printed table: its lines and totals, each with the
 * original budget, the amended budget and the realisation of one fiscal year.
 *
 * @param id a page-unique id, for the table and its chart
 */
public record BudgetTable(String id, String flow, String caption, String programme, String documentTitle, List<Row> rows) {

    /** The lines to chart: the lines themselves when there are any, else the totals. */
    public boolean charted(Row row) {
        return !row.total() || rows.stream().allMatch(Row::total);
    }

    /**
     * One row as printed.
     *
     * @param total true for a total or saldo row (a figure without ob:line)
     * @param original null when the report printed no such column
     */
    public record Row(String label, boolean total, Amount original, Amount amended, Amount actual, SourceLink source) {
    }
}
