package nl.openbaar.harvester.figures;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One budget amount read from a table.
 *
 * @param line the budget line (taakveld, beleidsveld, objective); empty for programme totals
 * @param rowLabel the row label as printed (also for totals and for rows that name a phase)
 * @param amount euros after the scale, expenditure and revenue positive, balance = revenue − expenditure
 * @param printedValue the cell exactly as printed
 * @param locator where in the document: line and table
 */
public record BudgetFigure(CellRef ref, String programme, Optional<String> line, String rowLabel, String columnLabel,
                           int year, BudgetPhase phase, Flow flow, BigDecimal amount, String printedValue, Scale scale,
                           String locator) {
}
