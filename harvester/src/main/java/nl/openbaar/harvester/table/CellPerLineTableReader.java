package nl.openbaar.harvester.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.openbaar.harvester.text.TextLine;

/**
 * Reads tables printed one cell per line: the column headers (a header may be split over two lines, "Behaald" and
 * "2019"), then for each row its label followed by exactly as many values as there are columns.
 *
 * <p>Where the text separates cells by blank lines (every value on a line of its own between blank lines), the lines
 * of one block belong to one cell: "Oorspronkelijke", "begroting", "2015" without blank lines between them is one header.
 * A label printed between the headers and the first row ("Burgerzaken" above "Baten" and "Lasten") is a group row,
 * not a header, when the headers above it all name a phase, year, flow or verschil and it names none.
 */
final class CellPerLineTableReader implements TableReader {
    private static final Pattern COLUMN_WORD = Pattern.compile("(?iu).*\\b((19|20)\\d{2}|begroting|begroot|raming|realisatie|rekening"
            + "|jaarrekening|primitieve|primaire|oorspronkelijke|bijgestelde|gewijzigde|verschil|afwijking|werkelijk|behaald|beoogd"
            + "|streefwaarde|prognose|nulmeting|lasten|baten|saldo|uitgaven|inkomsten)\\b.*");
    private static final int MIN_COLUMNS = 2;
    private static final int MAX_SUB_HEADER = 40;
    private static final int MIN_ROWS = 2;

    @Override
    public List<FoundTable> read(List<TextLine> all, Set<Integer> taken) {
        Blocks blocks = Blocks.of(all, taken);
        List<TextLine> lines = blocks.cells();
        List<FoundTable> tables = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int columns = valuesAfter(lines, i);
            if (isValue(lines.get(i)) || columns < MIN_COLUMNS) {
                i++;
                continue;
            }
            Optional<FoundTable> grouped = groupedRow(lines, i, columns, blocks);
            if (grouped.isPresent()) {
                tables.add(grouped.get());
                i += columns + 1;
                continue;
            }
            List<Row> rows = new ArrayList<>();
            int k = i;
            while (k < lines.size() && !isValue(lines.get(k)) && valuesAfter(lines, k) == columns) {
                List<Cell> values = new ArrayList<>();
                for (int v = 1; v <= columns; v++) {
                    values.add(cell(lines.get(k + v)));
                }
                rows.add(new Row(cell(lines.get(k)), values));
                k += columns + 1;
            }
            List<Cell> candidates = headersBefore(lines, i, columns + 1);
            List<Cell> headers = candidates.subList(Math.max(0, candidates.size() - columns), candidates.size());
            if (candidates.size() == columns + 1 && isGroupLabel(candidates.get(columns))
                    && candidates.subList(0, columns).stream().allMatch(CellPerLineTableReader::namesAColumn)) {
                headers = candidates.subList(0, columns);
                rows.add(0, new Row(candidates.get(columns), List.of()));
            }
            if (rows.size() >= minRows(headers) && headers.size() == columns) {
                int first = headers.isEmpty() ? lines.get(i).number() : headers.get(0).line();
                tables.add(new FoundTable(TableLayout.CELL_PER_LINE, 0, List.copyOf(headers), rows, first, blocks.lastLineOf(lines.get(k - 1))));
                i = k;
            } else {
                i++;
            }
        }
        return tables;
    }

    /**
     * One row under grouped headers: group headers ("Begroting na wijziging 2019", "Rekening 2019", "Verschil"), then the
     * sub-headers repeated under each group ("Baten", "Lasten", "Saldo" three times), then one value per group and
     * sub-header. The line above the groups names the row. {@code last} is the last sub-header.
     */
    private static Optional<FoundTable> groupedRow(List<TextLine> lines, int last, int columns, Blocks blocks) {
        int firstSub = last - columns + 1;
        if (firstSub < 0) {
            return Optional.empty();
        }
        List<TextLine> subs = lines.subList(firstSub, last + 1);
        if (subs.stream().anyMatch(l -> isValue(l) || l.text().strip().length() > MAX_SUB_HEADER)) {
            return Optional.empty();
        }
        for (int period = 2; period <= columns / 2; period++) {
            int groups = columns / period;
            int label = firstSub - groups - 1;
            if (columns % period != 0 || !repeats(subs, period) || label < 0) {
                continue;
            }
            List<TextLine> groupLines = lines.subList(label + 1, firstSub);
            if (isValue(lines.get(label)) || namesAColumn(cell(lines.get(label)))
                    || groupLines.stream().anyMatch(l -> isValue(l) || !namesAColumn(cell(l)))) {
                continue;
            }
            List<Cell> headers = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                TextLine sub = subs.get(c);
                headers.add(new Cell(groupLines.get(c / period).text().strip() + " " + sub.text().strip(), sub.number()));
            }
            List<Cell> values = new ArrayList<>();
            for (int v = 1; v <= columns; v++) {
                values.add(cell(lines.get(last + v)));
            }
            Row row = new Row(cell(lines.get(label)), values);
            return Optional.of(new FoundTable(TableLayout.CELL_PER_LINE, 0, headers, List.of(row), lines.get(label).number(),
                    blocks.lastLineOf(lines.get(last + columns))));
        }
        return Optional.empty();
    }

    private static boolean repeats(List<TextLine> subs, int period) {
        for (int i = period; i < subs.size(); i++) {
            if (!subs.get(i).text().strip().equalsIgnoreCase(subs.get(i - period).text().strip())) {
                return false;
            }
        }
        return true;
    }

    /** A table of one row is only taken when every header names its year, so the row cannot be a stray list. */
    private static int minRows(List<Cell> headers) {
        return !headers.isEmpty() && headers.stream().allMatch(h -> h.text().matches(".*\\b(19|20)\\d{2}\\b.*")) ? 1 : MIN_ROWS;
    }

    /** A header that says what the values under it are: a phase, a year, a flow, a value kind or a verschil. */
    private static boolean namesAColumn(Cell header) {
        return COLUMN_WORD.matcher(header.text()).matches();
    }

    /** A label that names none of what a column header names. */
    private static boolean isGroupLabel(Cell cell) {
        return !namesAColumn(cell) && !CellText.isValue(cell.text());
    }

    /** How many value lines follow line {@code i}. */
    private static int valuesAfter(List<TextLine> lines, int i) {
        int n = 0;
        while (i + n + 1 < lines.size() && isValue(lines.get(i + n + 1))) {
            n++;
        }
        return n;
    }

    /** The {@code columns} header cells above the first row, merging a header word with a year on the next line. */
    private static List<Cell> headersBefore(List<TextLine> lines, int firstRow, int columns) {
        List<Cell> headers = new ArrayList<>();
        int j = firstRow - 1;
        while (j >= 0 && headers.size() < columns) {
            TextLine line = lines.get(j);
            if (CellText.isYear(line.text()) && j > 0 && !isValue(lines.get(j - 1))) {
                TextLine word = lines.get(j - 1);
                headers.add(new Cell(word.text().strip() + " " + line.text().strip(), word.number()));
                j -= 2;
            } else if (!isValue(line) && !TableFinder.isScaleLine(line.text()) && line.text().strip().length() <= 80) {
                headers.add(cell(line));
                j--;
            } else {
                break;
            }
        }
        Collections.reverse(headers);
        return headers;
    }

    /** A value, or a voordeel/nadeel flag ("V", "N") printed in a column of its own. */
    private static boolean isValue(TextLine line) {
        return CellText.isValue(line.text()) || line.text().strip().matches("[VN]");
    }

    private static Cell cell(TextLine line) {
        return new Cell(line.text().strip(), line.number());
    }
}
