package nl.openbaar.harvester.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import nl.openbaar.harvester.report.ParsedReport;
import nl.openbaar.harvester.report.ReportParser;
import nl.openbaar.harvester.table.Cell;
import nl.openbaar.harvester.text.ReportText;

/**
 * Generated budget and KPI tables, mutated the way flattened report text mutates them (random numbers, signs, scales,
 * dropped and duplicated cells, garbage tokens): the parsers never throw, and every figure they emit says what its
 * cell says.
 */
class MutatedTablesProperties {
    private static final ReportContext ACCOUNTS = new ReportContext("Programma", Optional.empty(), 2021, false);
    private static final ReportContext BUDGET = new ReportContext("Programma", Optional.empty(), 2021, true);

    @Property(tries = 300)
    void noExceptionEscapesAndEveryFigureIsWhatItsCellSays(@ForAll("reports") String report, @ForAll boolean budgetDocument) {
        ParsedReport parsed = new ReportParser().parse(ReportText.of(report), budgetDocument ? BUDGET : ACCOUNTS);
        Statistics.label("emits").collect(parsed.figures().isEmpty() ? parsed.indicatorValues().isEmpty() ? "nothing" : "indicator values"
                : "budget figures");
        Statistics.label("unread").collect(parsed.unread().isEmpty() ? "none" : "some");
        for (BudgetFigure figure : parsed.figures()) {
            Cell cell = cellOf(parsed, figure.ref());
            if (!cell.text().equals(figure.printedValue())) {
                throw new AssertionError("figure " + figure + " printed as '" + cell.text() + "'");
            }
            BigDecimal printed = DutchNumber.parse(cell.text()).orElseThrow(() -> new AssertionError("not a number: " + figure));
            BigDecimal euros = printed.abs().multiply(figure.scale().multiplier());
            if (euros.compareTo(figure.amount().abs()) != 0) {
                throw new AssertionError("amount " + figure.amount() + " is not " + cell.text() + " x " + figure.scale().multiplier());
            }
        }
        for (IndicatorValue value : parsed.indicatorValues()) {
            Cell cell = cellOf(parsed, value.ref());
            Optional<BigDecimal> read = IndicatorReading.read(cell.text()).flatMap(IndicatorReading::value);
            boolean sameValue = read.isEmpty() ? value.value().isEmpty() : value.value().filter(v -> v.compareTo(read.get()) == 0).isPresent();
            if (!cell.text().equals(value.printedValue()) || !sameValue) {
                throw new AssertionError("value " + value + " printed as '" + cell.text() + "'");
            }
        }
    }

    private static Cell cellOf(ParsedReport parsed, CellRef ref) {
        return parsed.tables().get(ref.table() - 1).table().rows().get(ref.row()).values().get(ref.column());
    }

    @Provide
    Arbitrary<String> reports() {
        Arbitrary<String> layout = Arbitraries.of("rows", "cells", "pipes");
        Arbitrary<String> scale = Arbitraries.of("Bedragen x € 1.000", "(x € 1.000)", "Bedragen in euro's", "", "x € 1 mln");
        return Arbitraries.integers().between(1, 4).flatMap(columns -> {
            Arbitrary<List<String>> headers = Arbitraries.of("Realisatie 2020", "Begroting 2021", "Begroting 2021 na wijziging",
                    "Realisatie 2021", "Verschil", "Lasten", "Baten", "Saldo", "Behaald 2020", "Streefwaarde 2022", "Eenheid", "V / N")
                    .list().ofSize(columns);
            Arbitrary<List<List<String>>> rows = row(columns).list().ofMinSize(1).ofMaxSize(6);
            return Combinators.combine(layout, scale, headers, rows).as(MutatedTablesProperties::render);
        });
    }

    /** A row of a label and {@code columns} values, then perhaps mutated: a cell dropped, duplicated or replaced by garbage. */
    private Arbitrary<List<String>> row(int columns) {
        Arbitrary<String> label = Arbitraries.of("Lasten", "Baten", "Saldo", "Totaal lasten", "Programma 1. Bestuur", "0.2 Burgerzaken",
                "Toevoegingen", "Onttrekkingen", "Formatie1", "Klanttevredenheid", "Waardering (cijfer)", "Verschil");
        Arbitrary<String> garbage = Arbitraries.of("-", "n.b.", "V", "N", "7,2 (*)", "€ 654", "3,6%", "6:30", "Maximaal 5 min", "xx",
                "1.2.3", "--5", "Zie begroting", "");
        Arbitrary<String> value = Arbitraries.frequencyOf(Tuple.of(8, number()), Tuple.of(1, garbage));
        Arbitrary<String> mutation = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just("none")),
                Tuple.of(1, Arbitraries.of("drop", "duplicate", "garbage")));
        return Combinators.combine(label, value.list().ofSize(columns), mutation, garbage).as((l, values, m, g) -> {
            List<String> cells = new ArrayList<>(values);
            switch (m) {
                case "drop" -> cells.remove(cells.size() - 1);
                case "duplicate" -> cells.add(cells.get(0));
                case "garbage" -> cells.set(0, g);
                default -> { }
            }
            cells.add(0, l);
            return cells;
        });
    }

    private Arbitrary<String> number() {
        Arbitrary<Long> amount = Arbitraries.longs().between(0, 99_999_999L);
        Arbitrary<String> form = Arbitraries.of("plain", "minus", "trailing", "spaced", "parens", "decimal");
        return Combinators.combine(amount, form).as((n, f) -> {
            String grouped = String.format(java.util.Locale.GERMANY, "%,d", n);
            return switch (f) {
                case "minus" -> "-" + grouped;
                case "trailing" -> grouped + "-";
                case "spaced" -> "- " + grouped;
                case "parens" -> "(" + grouped + ")";
                case "decimal" -> (n % 100) + "," + (n % 10);
                default -> grouped;
            };
        });
    }

    private static String render(String layout, String scale, List<String> headers, List<List<String>> rows) {
        StringBuilder text = new StringBuilder("Tabel\n\n");
        if (!scale.isEmpty()) {
            text.append(scale).append('\n');
        }
        switch (layout) {
            case "pipes" -> {
                text.append("Omschrijving | ").append(String.join(" | ", headers)).append(" |\n");
                text.append("---|".repeat(headers.size() + 1)).append('\n');
                rows.forEach(r -> text.append(String.join(" | ", r)).append(" |\n"));
            }
            case "cells" -> {
                headers.forEach(h -> text.append(h).append("\n\n"));
                rows.forEach(r -> r.forEach(c -> text.append(c).append("\n\n")));
            }
            default -> {
                text.append("Omschrijving ").append(String.join(" ", headers)).append('\n');
                rows.forEach(r -> text.append(String.join(" ", r)).append('\n'));
            }
        }
        return text.append("\nDe lasten vielen € 1.200.000 hoger uit.\n").toString();
    }
}
