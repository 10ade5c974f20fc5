package nl.openbaar.harvester.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.openbaar.harvester.figures.BudgetTableParser;
import nl.openbaar.harvester.figures.KpiTableParser;
import nl.openbaar.harvester.figures.ReportContext;
import nl.openbaar.harvester.figures.Scale;
import nl.openbaar.harvester.figures.ScaleInference;
import nl.openbaar.harvester.figures.TableReading;
import nl.openbaar.harvester.figures.Term;
import nl.openbaar.harvester.table.Table;
import nl.openbaar.harvester.table.TableFinder;
import nl.openbaar.harvester.table.TableLayout;
import nl.openbaar.harvester.text.ReportText;
import nl.openbaar.harvester.text.TextLine;

/** Reads a report's text: finds its tables, reads each as budget figures or indicator values, and splits the rest in sections. */
public final class ReportParser {
    private static final int ANNOTATION_LINES = 12;

    private final TableFinder tableFinder = new TableFinder();
    private final BudgetTableParser budgetParser = new BudgetTableParser();
    private final KpiTableParser kpiParser = new KpiTableParser();
    private final ScaleInference scaleInference = new ScaleInference();
    private final SectionSplitter sectionSplitter = new SectionSplitter();

    public ParsedReport parse(ReportText text, ReportContext context) {
        return parse(text, tableFinder.find(text), context);
    }

    /** Reads a report whose tables were found elsewhere (the table elements of an HTML page). */
    public ParsedReport parse(ReportText text, TableFinder.Result found, ReportContext context) {
        List<TextLine> prose = text.lines().stream().filter(l -> !found.tableLines().contains(l.number())).toList();
        List<Table> budgetTables = found.tables().stream().filter(ReportParser::isBudgetTable).toList();
        List<TableReading> readings = new ArrayList<>();
        for (Table table : found.tables()) {
            TableReading reading;
            if (table.layout() == TableLayout.UNREADABLE) {
                reading = TableReading.unreadable(table, "headers and values are printed in a layout that cannot be read with certainty"
                        + " (merged cells, a unit or source column, text values)");
            } else if (isBudgetTable(table)) {
                Optional<Scale> scale = table.scale().flatMap(Scale::fromPrinted)
                        .or(() -> scaleInference.infer(table, budgetTables, prose));
                reading = budgetParser.read(table, context, scale);
            } else {
                reading = kpiParser.read(table, context, linesAfter(text, table, found.tables()));
            }
            readings.add(reading);
        }
        return new ParsedReport(sectionSplitter.split(text.lines(), found.tableLines()), readings);
    }

    /** A table of money: it prints a scale, or its caption, headers or rows name lasten, baten or saldo. */
    static boolean isBudgetTable(Table table) {
        if (table.scale().isPresent() || Term.of(table.caption()).flow().isPresent()) {
            return true;
        }
        return table.headers().stream().anyMatch(h -> Term.of(h.text()).flow().isPresent())
                || table.rows().stream().anyMatch(r -> Term.of(r.label().text()).flow().isPresent());
    }

    /** The lines after a table, up to the next table: where "Doel gehaald" and "Toelichting" are printed. */
    private static List<TextLine> linesAfter(ReportText text, Table table, List<Table> tables) {
        int end = tables.stream().filter(t -> t.firstLine() > table.lastLine()).mapToInt(Table::firstLine).min().orElse(Integer.MAX_VALUE);
        return text.contentLines().stream().filter(l -> l.number() > table.lastLine() && l.number() < end)
                .limit(ANNOTATION_LINES).toList();
    }
}
