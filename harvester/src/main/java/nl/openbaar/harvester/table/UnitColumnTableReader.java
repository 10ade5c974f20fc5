package nl.openbaar.harvester.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.openbaar.harvester.text.TextLine;

/**
 * Reads indicator tables printed one cell per line with a unit column: "Indicator", "Eenheid", period headers
 * ("Realisatie 2017", "Begroting" / "2019", "Werkelijk"), perhaps "Bron"; then per row its label, its unit and one value
 * per period (and its source). A unit line followed directly by values is a second unit of the indicator above. Rows
 * whose cells do not fit (merged cells, text values) are kept with the cells as printed, so that they are reported unread.
 */
final class UnitColumnTableReader implements TableReader {
    private static final Pattern UNIT_HEADER = Pattern.compile("(?i)^\\s*(eenheid|maateenheid)\\s*$");
    private static final Pattern SOURCE_HEADER = Pattern.compile("(?i)^\\s*(bron|bronnen)\\s*$");
    private static final Pattern PERIOD_HEADER = Pattern.compile(
            "(?i)^.*\\b(realisatie|rekening|jaarrekening|begroting|begroot|raming|werkelijk|behaald|beoogd|streefwaarde|prognose"
                    + "|nulmeting)\\b.*$");
    private static final int MAX_HEADER_LENGTH = 40;
    private static final int PROSE_LENGTH = 160;
    private static final int MAX_TEXT_CELL = 80;
    private static final Pattern BARE_PERIOD_HEADER = Pattern.compile("(?i)^(realisatie|rekening|jaarrekening|begroting|begroot|raming"
            + "|werkelijk|behaald|beoogd|streefwaarde|prognose|nulmeting)(\\s+(19|20)\\d{2})?$");

    @Override
    public List<FoundTable> read(List<TextLine> all, Set<Integer> taken) {
        Blocks blocks = Blocks.of(all, taken);
        List<TextLine> lines = blocks.cells();
        List<FoundTable> tables = new ArrayList<>();
        for (int u = 1; u < lines.size(); u++) {
            if (!UNIT_HEADER.matcher(lines.get(u).text()).matches() || isValue(lines.get(u - 1))) {
                continue;
            }
            List<Cell> headers = new ArrayList<>();
            headers.add(cell(lines.get(u)));
            int j = u + 1;
            while (j < lines.size() && isHeader(lines.get(j))) {
                TextLine line = lines.get(j);
                if (CellText.isYear(line.text()) && headers.size() > 1 && !headers.get(headers.size() - 1).text().matches(".*\\d{4}.*")) {
                    Cell last = headers.remove(headers.size() - 1);
                    headers.add(new Cell(last.text() + " " + line.text().strip(), last.line()));
                } else {
                    headers.add(cell(line));
                }
                j++;
            }
            boolean hasSource = SOURCE_HEADER.matcher(headers.get(headers.size() - 1).text()).matches();
            int periods = headers.size() - 1 - (hasSource ? 1 : 0);
            if (periods < 1) {
                continue;
            }
            Rows rows = rows(lines, j, periods, hasSource);
            if (rows.read() > 0) {
                tables.add(new FoundTable(TableLayout.CELL_PER_LINE, 0, headers, rows.rows(), lines.get(u - 1).number(),
                        blocks.lastLineOf(lines.get(rows.end() - 1))));
                u = rows.end() - 1;
            }
        }
        return tables;
    }

    private record Rows(List<Row> rows, int read, int end) {
    }

    private static Rows rows(List<TextLine> lines, int from, int periods, boolean hasSource) {
        List<Row> rows = new ArrayList<>();
        int read = 0;
        Cell lastLabel = null;
        List<Cell> irregular = new ArrayList<>();
        int i = from;
        while (i < lines.size() && lines.get(i).text().strip().length() <= PROSE_LENGTH
                && !(i + 1 < lines.size() && UNIT_HEADER.matcher(lines.get(i + 1).text()).matches())) {
            boolean fullRow = !isValue(lines.get(i)) && i + 1 < lines.size() && !isValue(lines.get(i + 1)) && valuesFrom(lines, i + 2, periods);
            boolean unitRow = lastLabel != null && irregular.isEmpty() && !isValue(lines.get(i)) && valuesFrom(lines, i + 1, periods);
            if (!fullRow && !unitRow && hasSource) {
                Optional<SourcedRow> sourced = sourcedRow(lines, i, periods);
                if (sourced.isPresent()) {
                    flush(rows, irregular);
                    rows.add(sourced.get().row());
                    lastLabel = null;
                    read++;
                    i += sourced.get().lines();
                    continue;
                }
            }
            if (fullRow || unitRow) {
                Cell label = fullRow ? cell(lines.get(i)) : lastLabel;
                if (fullRow && !irregular.isEmpty() && irregular.get(irregular.size() - 1).text().endsWith(":")) {
                    // a goal line ("... handhaven:") printed above the indicator belongs to its label
                    Cell goal = irregular.remove(irregular.size() - 1);
                    label = new Cell(goal.text() + " " + label.text(), goal.line());
                }
                flush(rows, irregular);
                int unitAt = fullRow ? i + 1 : i;
                List<Cell> values = new ArrayList<>();
                values.add(cell(lines.get(unitAt)));
                for (int v = 1; v <= periods; v++) {
                    values.add(cell(lines.get(unitAt + v)));
                }
                i = unitAt + periods + 1;
                if (hasSource) {
                    if (i < lines.size() && !isValue(lines.get(i)) && !valuesFrom(lines, i + 1, periods)) {
                        values.add(cell(lines.get(i)));
                        i++;
                    } else {
                        values.add(new Cell("", lines.get(i - 1).number()));
                    }
                }
                rows.add(new Row(label, values));
                lastLabel = label;
                read++;
            } else {
                irregular.add(cell(lines.get(i)));
                lastLabel = null;
                i++;
            }
        }
        flush(rows, irregular);
        return new Rows(rows, read, i);
    }

    /**
     * A row read up to its source: label, unit, one cell per period that may print text ("Zie begroting GR HLTsamen",
     * "n.b."), then the source ("De Waarderingskamer", or a footnote mark "*"), followed by the next row's label or the
     * end. A row whose label and unit are followed directly by a footnote mark prints no values (its cells were merged
     * into another row's): its period cells are empty.
     */
    private static Optional<SourcedRow> sourcedRow(List<TextLine> lines, int i, int periods) {
        if (i + 2 >= lines.size() || isValue(lines.get(i)) || isValue(lines.get(i + 1))
                || lines.subList(i, Math.min(lines.size(), i + periods + 3)).stream().anyMatch(UnitColumnTableReader::isBareHeader)) {
            return Optional.empty();
        }
        Cell label = cell(lines.get(i));
        Cell unit = cell(lines.get(i + 1));
        TextLine afterUnit = lines.get(i + 2);
        if (isFootnoteMark(afterUnit) && endsRow(lines, i + 3)) {
            List<Cell> values = new ArrayList<>();
            values.add(unit);
            for (int v = 0; v < periods; v++) {
                values.add(new Cell("", afterUnit.number()));
            }
            values.add(cell(afterUnit));
            return Optional.of(new SourcedRow(new Row(label, values), 3));
        }
        int source = i + 2 + periods;
        if (source >= lines.size() || isValue(lines.get(source)) || !endsRow(lines, source + 1)) {
            return Optional.empty();
        }
        List<Cell> values = new ArrayList<>();
        values.add(unit);
        for (int v = i + 2; v < source; v++) {
            TextLine line = lines.get(v);
            if (isFootnoteMark(line) || line.text().strip().length() > MAX_TEXT_CELL) {
                return Optional.empty();
            }
            values.add(cell(line));
        }
        values.add(cell(lines.get(source)));
        return Optional.of(new SourcedRow(new Row(label, values), periods + 3));
    }

    private record SourcedRow(Row row, int lines) {
    }

    /** A line that is nothing but a column header: "Eenheid", "Bron", "Realisatie 2017", "2019". */
    private static boolean isBareHeader(TextLine line) {
        String text = line.text().strip();
        return UNIT_HEADER.matcher(text).matches() || SOURCE_HEADER.matcher(text).matches() || CellText.isYear(text)
                || BARE_PERIOD_HEADER.matcher(text).matches();
    }

    /** The row ends before line {@code next}: the table ends, or the next line is the label of another row. */
    private static boolean endsRow(List<TextLine> lines, int next) {
        return next >= lines.size() || (!isValue(lines.get(next)) && !isFootnoteMark(lines.get(next)));
    }

    private static boolean isFootnoteMark(TextLine line) {
        return line.text().strip().matches("\\*+|\\(\\*+\\)|\\d\\)");
    }

    /** Lines that fit no row: the first is the label of a row whose cells are kept as printed. */
    private static void flush(List<Row> rows, List<Cell> irregular) {
        if (irregular.size() > 1) {
            rows.add(new Row(irregular.get(0), irregular.subList(1, irregular.size())));
        }
        irregular.clear();
    }

    private static boolean valuesFrom(List<TextLine> lines, int from, int count) {
        if (from + count > lines.size()) {
            return false;
        }
        for (int v = from; v < from + count; v++) {
            if (!isValue(lines.get(v))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHeader(TextLine line) {
        String text = line.text().strip();
        return text.length() <= MAX_HEADER_LENGTH && (PERIOD_HEADER.matcher(text).matches() || SOURCE_HEADER.matcher(text).matches()
                || CellText.isYear(text));
    }

    private static boolean isValue(TextLine line) {
        return CellText.isValue(line.text());
    }

    private static Cell cell(TextLine line) {
        return new Cell(line.text().strip(), line.number());
    }
}
