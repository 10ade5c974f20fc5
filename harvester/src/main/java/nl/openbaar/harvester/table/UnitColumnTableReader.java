package nl.openbaar.harvester.table;

import java.util.ArrayList;
import java.util.List;
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

    @Override
    public List<FoundTable> read(List<TextLine> all, Set<Integer> taken) {
        List<TextLine> lines = TableReader.freeContentLines(all, taken);
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
                        lines.get(rows.end() - 1).number()));
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
