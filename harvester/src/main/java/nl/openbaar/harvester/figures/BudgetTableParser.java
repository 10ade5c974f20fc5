package nl.openbaar.harvester.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import nl.openbaar.harvester.table.Cell;
import nl.openbaar.harvester.table.CellText;
import nl.openbaar.harvester.table.Row;
import nl.openbaar.harvester.table.Table;

/**
 * Reads budget figures from a table of lasten, baten and saldo, whatever its orientation (phases as columns and
 * lines as rows, flows as columns and phases as rows, ...) and sign convention. Amounts are normalised to the DESIGN
 * convention: expenditure and revenue positive, balance = revenue − expenditure. Verschil columns and rows are not
 * figures; they and the totals are only checked.
 */
public final class BudgetTableParser {
    private static final BigDecimal TOLERANCE = BigDecimal.ONE;
    private final DifferenceCheck differenceCheck = new DifferenceCheck();

    /** A value with its meaning, before signs are normalised. */
    private record Raw(CellRef ref, Optional<Flow> flow, BudgetPhase phase, int year, Optional<String> line, String rowLabel,
                       String columnLabel, boolean total, String printed, BigDecimal number) {
        String context() {
            return phase + "|" + year + "|" + line.orElse("");
        }

        Raw withFlow(Flow f) {
            return new Raw(ref, Optional.of(f), phase, year, line, rowLabel, columnLabel, total, printed, number);
        }
    }

    public TableReading read(Table table, ReportContext context, Optional<Scale> scale) {
        TableReading reading = new TableReading(table, TableReading.Kind.BUDGET);
        if (table.columnCount() == 0) {
            reading.unread("", "the column headers could not be read, so the columns have no meaning");
            return reading;
        }
        if (Term.of(table.caption()).difference()) {
            reading.unread("", "the table explains differences (its caption is '" + table.caption() + "'), which are not figures");
            return reading;
        }
        if (scale.isEmpty()) {
            reading.unread("", "no scale is printed and nothing in the document shows which it is (euros or thousands)");
            return reading;
        }
        RowFlows rowFlows = RowFlows.of(table);
        List<Raw> raws = rawFigures(table, context, reading, rowFlows);
        raws = resolveBalanceColumns(raws, table, reading);
        Map<Flow, Integer> signs = printedSigns(raws);
        Optional<Integer> balanceSign = balanceSign(raws, signs, reading).or(rowFlows::balanceSign);
        reading.checks.addAll(rowFlows.checks());
        for (Raw raw : raws) {
            Flow flow = raw.flow().orElseThrow();
            int sign;
            if (flow == Flow.Balance) {
                if (balanceSign.isEmpty()) {
                    reading.unread(where(raw), "the saldo's sign convention cannot be told: no baten and lasten beside it");
                    continue;
                }
                sign = balanceSign.get();
            } else {
                sign = signs.get(flow);
            }
            BigDecimal amount = raw.number().multiply(BigDecimal.valueOf(sign)).multiply(scale.get().multiplier()).stripTrailingZeros();
            if (amount.scale() < 0) {
                amount = amount.setScale(0);
            }
            reading.figures.add(new BudgetFigure(raw.ref(), context.programme(), raw.line(), raw.rowLabel(), raw.columnLabel(),
                    raw.year(), raw.phase(), flow, amount, raw.printed(), scale.get(),
                    context.whereIs(raw.ref().line()) + ", " + table.locator()));
        }
        checkTotals(raws, signs, reading);
        reading.checks.addAll(differenceCheck.check(table));
        return reading;
    }

    private static List<Raw> rawFigures(Table table, ReportContext context, TableReading reading, RowFlows rowFlows) {
        List<Term> columns = table.headers().stream().map(cell -> Term.of(cell.text())).toList();
        ColumnPhases columnPhases = new ColumnPhases(table.headers().stream().map(Cell::text).toList(), columns, context);
        Term caption = Term.of(table.caption());
        Optional<BudgetPhase> tablePhase = caption.phase().or(() -> single(columns.stream().map(Term::phase).toList()));
        OptionalInt tableYear = caption.year().isPresent() ? caption.year()
                : single(columns.stream().map(t -> t.year().isPresent() ? Optional.of(t.year().getAsInt()) : Optional.<Integer>empty()).toList())
                        .map(OptionalInt::of).orElse(OptionalInt.empty());
        List<Raw> raws = new ArrayList<>();
        Map<Raw, Integer> parentOf = new HashMap<>();
        Optional<Flow> groupFlow = Optional.empty();
        int parentRow = -1;
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = table.rows().get(r);
            String label = row.label().text();
            Term rowTerm = Term.of(label);
            if (row.isGroupHeading()) {
                groupFlow = rowTerm.flow().or(() -> Optional.empty());
                parentRow = -1;
                continue;
            }
            if (rowTerm.difference()) {
                continue;
            }
            if (row.values().size() != table.columnCount()) {
                reading.unread("row '" + label + "'", row.values().size() + " values under " + table.columnCount() + " column headers");
                continue;
            }
            boolean structureOnly = Term.isOnlyStructure(label);
            if (rowTerm.flow().isPresent() && rowTerm.flow().get() != Flow.Balance && !rowTerm.total()
                    && (structureOnly || Term.isReserveMutation(label))) {
                groupFlow = rowTerm.flow(); // "Lasten 24.708.177" heads the lines below it, if they add up to it
                parentRow = r;
            }
            Optional<String> line = rowTerm.total() || structureOnly ? context.part() : Optional.of(label.strip());
            for (int c = 0; c < columns.size(); c++) {
                Term column = columns.get(c);
                Cell cell = row.values().get(c);
                if (column.difference() || cell.text().isBlank() || (CellText.isNil(cell.text()) && !isDash(cell.text()))) {
                    continue; // an empty cell, or "n.v.t.", prints no figure; a lone dash is nil, a figure of 0
                }
                CellRef ref = new CellRef(table.number(), r, c, cell.line());
                if (columnPhases.ambiguous(c)) {
                    reading.unread(where(label, table.headers().get(c).text()), "another column means the same phase, year and flow");
                    continue;
                }
                Optional<BudgetPhase> phase = columnPhases.phase(c).or(rowTerm::phase).or(() -> tablePhase);
                if (phase.isEmpty()) {
                    reading.unread(where(label, table.headers().get(c).text()), "neither the column nor the row says whether this is a budget or a realisation");
                    continue;
                }
                final int rowIndex = r;
                Optional<Flow> flow = column.flow().or(rowTerm::flow).or(() -> rowFlows.flow(rowIndex));
                boolean inherited = flow.isEmpty() && parentRow >= 0;
                if (flow.isEmpty()) {
                    flow = groupFlow;
                }
                int year = column.year().orElse(rowTerm.year().orElse(tableYear.orElse(context.fiscalYear())));
                Optional<BigDecimal> number = DutchNumber.parse(cell.text());
                if (number.isEmpty()) {
                    reading.unread(where(label, table.headers().get(c).text()), "'" + cell.text() + "' is not a number");
                    continue;
                }
                Raw raw = new Raw(ref, flow, phase.get(), year, line, label.strip(), table.headers().get(c).text(),
                        rowTerm.total(), cell.text(), number.get());
                raws.add(raw);
                if (inherited) {
                    parentOf.put(raw, parentRow);
                }
            }
        }
        return withVerifiedParents(raws, parentOf, reading);
    }

    /**
     * Lines that take their flow from a value row above them ("Lasten" over its themes) keep it only when, in every
     * column, they add up to that row (within 1 unit per line for rounding); otherwise they are not read.
     */
    private static List<Raw> withVerifiedParents(List<Raw> raws, Map<Raw, Integer> parentOf, TableReading reading) {
        Map<Integer, List<Raw>> children = parentOf.keySet().stream().collect(Collectors.groupingBy(parentOf::get));
        Set<Integer> failed = new HashSet<>();
        children.forEach((parent, kids) -> {
            Map<Integer, List<Raw>> byColumn = kids.stream().collect(Collectors.groupingBy(k -> k.ref().column()));
            byColumn.forEach((column, inColumn) -> {
                Optional<Raw> total = raws.stream().filter(r -> r.ref().row() == parent && r.ref().column() == column).findFirst();
                BigDecimal sum = inColumn.stream().map(Raw::number).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (total.isEmpty() || sum.subtract(total.get().number()).abs().compareTo(BigDecimal.valueOf(inColumn.size())) > 0) {
                    failed.add(parent);
                }
            });
        });
        List<Raw> kept = new ArrayList<>();
        for (Raw raw : raws) {
            Integer parent = parentOf.get(raw);
            if (parent != null && failed.contains(parent)) {
                reading.unread(where(raw), "it names no flow, and the lines under the row above it do not add up to that row");
            } else {
                kept.add(raw);
            }
        }
        return kept;
    }

    /** A column that names no flow, in a table of baten and lasten, is the saldo when it adds up as one in every row. */
    private static List<Raw> resolveBalanceColumns(List<Raw> raws, Table table, TableReading reading) {
        Map<Integer, List<Raw>> unknownByColumn = raws.stream().filter(r -> r.flow().isEmpty())
                .collect(Collectors.groupingBy(r -> r.ref().column(), LinkedHashMap::new, Collectors.toList()));
        if (unknownByColumn.isEmpty()) {
            return raws;
        }
        List<Raw> resolved = new ArrayList<>(raws.stream().filter(r -> r.flow().isPresent()).toList());
        for (Map.Entry<Integer, List<Raw>> column : unknownByColumn.entrySet()) {
            boolean isBalance = !column.getValue().isEmpty() && column.getValue().stream().allMatch(raw -> {
                Optional<BigDecimal> expenditure = sameRow(raws, raw, Flow.Expenditure);
                Optional<BigDecimal> revenue = sameRow(raws, raw, Flow.Revenue);
                return expenditure.isPresent() && revenue.isPresent()
                        && close(raw.number().abs(), revenue.get().abs().subtract(expenditure.get().abs()).abs());
            });
            String header = table.headers().get(column.getKey()).text();
            if (isBalance) {
                column.getValue().forEach(raw -> resolved.add(raw.withFlow(Flow.Balance)));
                reading.checks.add(new CrossCheck(table.number(), "column '" + header + "' is the saldo of baten and lasten in every row", true));
            } else {
                column.getValue().forEach(raw -> reading.unread(where(raw), "column '" + header + "' names no flow (lasten, baten, saldo)"));
            }
        }
        resolved.sort((a, b) -> a.ref().row() != b.ref().row() ? a.ref().row() - b.ref().row() : a.ref().column() - b.ref().column());
        return resolved;
    }

    private static Optional<BigDecimal> sameRow(List<Raw> raws, Raw raw, Flow flow) {
        return raws.stream().filter(r -> r.ref().row() == raw.ref().row() && r.flow().equals(Optional.of(flow)))
                .map(Raw::number).findFirst();
    }

    /** The report prints expenditure (or revenue) as negative numbers when most of them are negative. */
    private static Map<Flow, Integer> printedSigns(List<Raw> raws) {
        Map<Flow, Integer> signs = new HashMap<>();
        for (Flow flow : List.of(Flow.Expenditure, Flow.Revenue)) {
            long negative = raws.stream().filter(r -> r.flow().equals(Optional.of(flow)) && r.number().signum() < 0).count();
            long positive = raws.stream().filter(r -> r.flow().equals(Optional.of(flow)) && r.number().signum() > 0).count();
            signs.put(flow, negative > positive ? -1 : 1);
        }
        return signs;
    }

    /** +1 when the report prints saldo as baten − lasten, −1 when as lasten − baten; told from the figures themselves. */
    private static Optional<Integer> balanceSign(List<Raw> raws, Map<Flow, Integer> signs, TableReading reading) {
        int asRevenueMinusExpenditure = 0;
        int asExpenditureMinusRevenue = 0;
        Map<String, Map<Flow, Raw>> byContext = new LinkedHashMap<>();
        for (Raw raw : raws) {
            byContext.computeIfAbsent(raw.context(), k -> new HashMap<>()).put(raw.flow().orElseThrow(), raw);
        }
        List<Runnable> checks = new ArrayList<>();
        for (Map<Flow, Raw> flows : byContext.values()) {
            Raw balance = flows.get(Flow.Balance);
            Raw expenditure = flows.get(Flow.Expenditure);
            Raw revenue = flows.get(Flow.Revenue);
            if (balance == null || expenditure == null || revenue == null) {
                continue;
            }
            BigDecimal net = revenue.number().multiply(BigDecimal.valueOf(signs.get(Flow.Revenue)))
                    .subtract(expenditure.number().multiply(BigDecimal.valueOf(signs.get(Flow.Expenditure))));
            boolean plus = close(balance.number(), net);
            boolean minus = close(balance.number(), net.negate());
            if (plus) {
                asRevenueMinusExpenditure++;
            } else if (minus) {
                asExpenditureMinusRevenue++;
            }
            String description = "saldo " + balance.printed() + " against baten " + revenue.printed() + " and lasten "
                    + expenditure.printed() + " (" + balance.phase() + " " + balance.year()
                    + balance.line().map(l -> ", " + l).orElse("") + ")";
            checks.add(() -> reading.checks.add(new CrossCheck(balance.ref().table(), description, plus || minus)));
        }
        checks.forEach(Runnable::run);
        if (asRevenueMinusExpenditure == 0 && asExpenditureMinusRevenue == 0) {
            return Optional.empty();
        }
        return Optional.of(asRevenueMinusExpenditure >= asExpenditureMinusRevenue ? 1 : -1);
    }

    /** Each total of lasten or baten against the sum of the lines above it. */
    private static void checkTotals(List<Raw> raws, Map<Flow, Integer> signs, TableReading reading) {
        for (Raw total : raws) {
            if (!total.total() || total.flow().isEmpty() || total.flow().get() == Flow.Balance) {
                continue;
            }
            List<Raw> lines = raws.stream().filter(r -> !r.total() && r.flow().equals(total.flow())
                    && r.phase() == total.phase() && r.year() == total.year() && r.ref().column() == total.ref().column()
                    && r.ref().row() < total.ref().row()).toList();
            if (lines.isEmpty()) {
                continue;
            }
            BigDecimal sum = lines.stream().map(Raw::number).reduce(BigDecimal.ZERO, BigDecimal::add);
            reading.checks.add(new CrossCheck(total.ref().table(), "'" + total.rowLabel() + "' " + total.printed() + " against the sum of its "
                    + lines.size() + " lines (" + sum.toPlainString() + "), " + total.columnLabel(), close(sum, total.number())));
        }
    }

    private static boolean close(BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs().compareTo(TOLERANCE) <= 0;
    }

    private static boolean isDash(String text) {
        return text.strip().matches("[-−–]");
    }

    private static <T> Optional<T> single(List<Optional<T>> values) {
        List<T> distinct = values.stream().flatMap(Optional::stream).distinct().toList();
        return distinct.size() == 1 ? Optional.of(distinct.get(0)) : Optional.empty();
    }

    private static String where(Raw raw) {
        return where(raw.rowLabel(), raw.columnLabel());
    }

    private static String where(String row, String column) {
        return "row '" + row + "', column '" + column + "'";
    }
}
