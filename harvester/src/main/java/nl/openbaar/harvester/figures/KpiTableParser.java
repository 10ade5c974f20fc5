package nl.openbaar.harvester.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.openbaar.harvester.table.Cell;
import nl.openbaar.harvester.table.CellText;
import nl.openbaar.harvester.table.Row;
import nl.openbaar.harvester.table.Table;
import nl.openbaar.harvester.text.TextLine;

/**
 * Reads indicator values from a KPI table, in the three shapes reports use:
 * <ul>
 *   <li>indicators as rows, value kind and year as columns ("Behaald 2019 | Beoogd 2022");</li>
 *   <li>one indicator (named by the caption), value kinds as rows and years as columns ("Begroting | 7,2 | 7,2");</li>
 *   <li>indicators as rows and measures as columns ("Via balie (%) | Digitaal (%)"): each column is an indicator of its
 *   own, named "row – column".</li>
 * </ul>
 * "Doel gehaald" and "Toelichting" printed under a one-indicator table go with its realised value of the report year.
 */
public final class KpiTableParser {
    public static final String MEASURE_SEPARATOR = " – ";
    private static final int MAX_TEXT_VALUE = 80;
    private static final Pattern PERIOD_SUFFIX = Pattern.compile("\\s*\\((?:realisatie|begroting|rekening|prognose)?\\s*(?:19|20)\\d{2}\\)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NORM_SUFFIX = Pattern.compile("\\s+(norm:?\\s.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TARGET_MET = Pattern.compile("^doel\\s+gehaald\\s*:\\s*(ja|nee|n\\.?v\\.?t\\.?|deels)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern EXPLANATION = Pattern.compile("^toelichting\\s*:\\s*(.+)$", Pattern.CASE_INSENSITIVE);

    /** A column that names the indicator's unit rather than holding values: "Eenheid". */
    private static final Pattern UNIT_COLUMN = Pattern.compile("(?i)^\\s*(eenheid|unit|maateenheid)\\s*$");
    /** A column that gives the year of each row's values: "Periode". */
    private static final Pattern PERIOD_COLUMN = Pattern.compile("(?i)^\\s*(periode|jaar|peiljaar)\\s*$");
    /** A column that names where the value comes from: "Bron". */
    private static final Pattern SOURCE_COLUMN = Pattern.compile("(?i)^\\s*(bron|bronnen)\\s*$");
    /** A footnote digit glued to the last word of a label: "Formatie1". */
    private static final Pattern GLUED_FOOTNOTE = Pattern.compile("(?<=\\p{Ll})\\d$");

    public TableReading read(Table table, ReportContext context, List<TextLine> linesAfter) {
        TableReading reading = new TableReading(table, TableReading.Kind.INDICATORS);
        List<Term> columns = table.headers().stream().map(cell -> Term.of(cell.text())).toList();
        if (table.columnCount() == 0) {
            reading.unread("", "the column headers could not be read, so the columns have no meaning");
            return reading;
        }
        List<Row> valueRows = table.rows().stream().filter(row -> !row.isGroupHeading()).toList();
        boolean rowsAreKinds = !valueRows.isEmpty() && valueRows.stream()
                .allMatch(row -> Term.of(row.label().text()).valueKind().isPresent() && Term.isOnlyStructure(row.label().text()));
        boolean hasPeriodColumn = table.headers().stream().anyMatch(h -> PERIOD_COLUMN.matcher(h.text()).matches());
        boolean columnsAreMeasures = !hasPeriodColumn && columns.stream().noneMatch(t -> t.valueKind().isPresent() || t.year().isPresent());
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = table.rows().get(r);
            if (row.isGroupHeading()) {
                continue;
            }
            if (row.values().size() != table.columnCount()) {
                reading.unread("row '" + row.label().text() + "'", row.values().size() + " values under " + table.columnCount() + " column headers");
                continue;
            }
            Term rowTerm = Term.of(row.label().text());
            String rowIndicator = rowsAreKinds ? table.caption() : GLUED_FOOTNOTE.matcher(row.label().text().strip()).replaceFirst("");
            Optional<String> unitText = Optional.empty();
            OptionalInt rowYear = OptionalInt.empty();
            for (int c = 0; c < table.columnCount(); c++) {
                String header = table.headers().get(c).text();
                String text = row.values().get(c).text().strip();
                if (UNIT_COLUMN.matcher(header).matches() && !text.isEmpty()) {
                    unitText = Optional.of(text);
                } else if (PERIOD_COLUMN.matcher(header).matches() && CellText.isYear(text)) {
                    rowYear = OptionalInt.of(Integer.parseInt(text));
                }
            }
            Optional<String> description = norm(rowIndicator);
            String indicatorBase = indicatorName(rowIndicator) + unitText.map(u -> " (" + u + ")").orElse("");
            if (indicatorBase.isEmpty()) {
                reading.unread("row '" + row.label().text() + "'", "no indicator name is printed for it");
                continue;
            }
            List<IndicatorValue> rowValues = new ArrayList<>();
            for (int c = 0; c < table.columnCount(); c++) {
                Term column = columns.get(c);
                Cell cell = row.values().get(c);
                String header = table.headers().get(c).text();
                if (column.difference() || cell.text().isBlank() || UNIT_COLUMN.matcher(header).matches()
                        || PERIOD_COLUMN.matcher(header).matches() || SOURCE_COLUMN.matcher(header).matches()) {
                    continue;
                }
                boolean periodColumn = column.year().isPresent() || column.valueKind().isPresent();
                Optional<IndicatorReading> readingOfCell = IndicatorReading.read(cell.text());
                if (readingOfCell.isEmpty() && periodColumn && isTextValue(cell.text())) {
                    readingOfCell = Optional.of(IndicatorReading.NONE); // a text value, kept as printed
                }
                if (readingOfCell.isEmpty()) {
                    reading.unread("row '" + row.label().text() + "', column '" + header + "'", "'" + cell.text() + "' cannot be read as a value");
                    continue;
                }
                if (readingOfCell.get().value().isEmpty() && !periodColumn) {
                    continue; // "no value" where no column says for which period
                }
                String indicator = columnsAreMeasures && !rowsAreKinds ? indicatorBase + MEASURE_SEPARATOR + header : indicatorBase;
                ValueKind kind = (rowsAreKinds ? rowTerm.valueKind() : column.valueKind())
                        .orElse(context.budgetDocument() ? ValueKind.Target : ValueKind.Realised);
                int year = column.year().orElse(rowYear.orElse(rowTerm.year().orElse(context.fiscalYear())));
                Optional<Unit> unit = readingOfCell.get().unit().or(() -> columnsAreMeasures ? Unit.namedIn(header) : Optional.empty())
                        .or(() -> Unit.namedIn(indicatorBase));
                rowValues.add(new IndicatorValue(new CellRef(table.number(), r, c, cell.line()), context.programme(), indicator,
                        description, unit, OptionalInt.of(year), kind, readingOfCell.get().value(), readingOfCell.get().bound(),
                        Optional.empty(), Optional.empty(), cell.text(), context.whereIs(cell.line()) + ", " + table.locator()));
            }
            if (rowValues.isEmpty() && noPeriodValuePrinted(table, row, columns)) {
                reading.unread("row '" + row.label().text() + "'", "no value is printed for it (its cells may be merged with another row's)");
            }
            reading.values.addAll(sharedUnit(rowValues));
        }
        if (rowsAreKinds) {
            annotate(reading, context, linesAfter);
        }
        return reading;
    }

    private static boolean noPeriodValuePrinted(Table table, Row row, List<Term> columns) {
        for (int c = 0; c < columns.size(); c++) {
            boolean period = columns.get(c).year().isPresent() || columns.get(c).valueKind().isPresent();
            if (period && !row.values().get(c).text().isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** An indicator has one unit: values printed without it ("8") take the unit the others print ("Maximaal 5 min"). */
    private static List<IndicatorValue> sharedUnit(List<IndicatorValue> values) {
        List<IndicatorValue> result = new ArrayList<>();
        for (IndicatorValue value : values) {
            Optional<Unit> shared = values.stream().filter(v -> v.indicator().equals(value.indicator()))
                    .map(IndicatorValue::unit).flatMap(Optional::stream).findFirst();
            result.add(value.unit().isPresent() || shared.isEmpty() ? value : new IndicatorValue(value.ref(), value.programme(),
                    value.indicator(), value.description(), shared, value.year(), value.valueKind(), value.value(), value.bound(),
                    value.targetMet(), value.explanation(), value.printedValue(), value.locator()));
        }
        return result;
    }

    /** Puts "Doel gehaald" and "Toelichting" on the realised value of the report year. */
    private static void annotate(TableReading reading, ReportContext context, List<TextLine> linesAfter) {
        Optional<Boolean> met = Optional.empty();
        Optional<String> explanation = Optional.empty();
        for (TextLine line : linesAfter) {
            String text = line.text().strip();
            Matcher m = TARGET_MET.matcher(text);
            if (m.find()) {
                String answer = m.group(1).toLowerCase(Locale.ROOT);
                met = answer.equals("ja") ? Optional.of(true) : answer.equals("nee") ? Optional.of(false) : Optional.empty();
            }
            Matcher e = EXPLANATION.matcher(text);
            if (e.matches()) {
                explanation = Optional.of(e.group(1).strip());
            }
        }
        if (met.isEmpty() && explanation.isEmpty()) {
            return;
        }
        for (int i = 0; i < reading.values.size(); i++) {
            IndicatorValue v = reading.values.get(i);
            if (v.valueKind() == ValueKind.Realised && v.year().orElse(-1) == context.fiscalYear()) {
                reading.values.set(i, new IndicatorValue(v.ref(), v.programme(), v.indicator(), v.description(), v.unit(), v.year(),
                        v.valueKind(), v.value(), v.bound(), met, explanation, v.printedValue(), v.locator()));
            }
        }
    }

    /**
     * A cell that prints words instead of a number ("Zie begroting GR HLTsamen", "1% (woningen) en 5,5% (niet woningen)"):
     * a value of its own, kept as printed, when it is short and is not a footnote mark.
     */
    private static boolean isTextValue(String text) {
        String t = text.strip();
        return t.length() <= MAX_TEXT_VALUE && t.matches("(?s).*\\p{L}{2,}.*");
    }

    /** The indicator's name: the label without a trailing full stop, "(Realisatie 2021)" or "norm: 5 min.". */
    static String indicatorName(String label) {
        String name = NORM_SUFFIX.matcher(label.strip()).replaceFirst("");
        name = PERIOD_SUFFIX.matcher(name).replaceFirst("");
        return name.replaceAll("[.\\s]+$", "").strip();
    }

    private static Optional<String> norm(String label) {
        Matcher m = NORM_SUFFIX.matcher(label.strip());
        return m.find() ? Optional.of(m.group(1).replaceAll("\\.$", "").strip()) : Optional.empty();
    }
}
