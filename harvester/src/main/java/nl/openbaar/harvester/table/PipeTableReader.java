package nl.openbaar.harvester.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.openbaar.harvester.text.TextLine;

/** Reads {@code a | b | c |} tables, with or without a {@code ---|---|} line under the header. */
final class PipeTableReader implements TableReader {
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-*:?\\s*)*\\|?\\s*$");

    @Override
    public List<FoundTable> read(List<TextLine> lines, Set<Integer> taken) {
        List<FoundTable> tables = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            TextLine header = lines.get(i);
            if (!isPipeRow(header, taken) || SEPARATOR.matcher(header.text()).matches()) {
                i++;
                continue;
            }
            int captionLine = 0;
            if (isTitleRow(lines, i, taken)) {
                captionLine = header.number();
                i++;
                header = lines.get(i);
            }
            int j = i + 1;
            if (j < lines.size() && SEPARATOR.matcher(lines.get(j).text()).matches()) {
                j++;
            }
            List<Row> rows = new ArrayList<>();
            int last = j - 1;
            while (j < lines.size() && isPipeRow(lines.get(j), taken) && !SEPARATOR.matcher(lines.get(j).text()).matches()) {
                List<Cell> cells = cells(lines.get(j));
                rows.add(new Row(cells.get(0), cells.subList(1, cells.size())));
                last = j;
                j++;
            }
            if (!rows.isEmpty() && rows.stream().anyMatch(row -> row.values().stream().anyMatch(c -> CellText.isValue(c.text())))) {
                List<Cell> headerCells = cells(header);
                tables.add(new FoundTable(TableLayout.PIPE, captionLine, headerCells.subList(1, headerCells.size()), rows,
                        header.number(), lines.get(last).number()));
                i = last + 1;
            } else {
                i = Math.max(i + 1, j);
            }
        }
        return tables;
    }

    /** "Indicatoren Bestuur | |||": a title in the first cell only, above the real header and its separator line. */
    private static boolean isTitleRow(List<TextLine> lines, int i, Set<Integer> taken) {
        if (i + 2 >= lines.size() || !isPipeRow(lines.get(i + 1), taken) || !SEPARATOR.matcher(lines.get(i + 2).text()).matches()) {
            return false;
        }
        List<Cell> cells = cells(lines.get(i));
        return cells.stream().skip(1).allMatch(c -> c.text().isEmpty()) && cells(lines.get(i + 1)).size() > 2;
    }

    private static boolean isPipeRow(TextLine line, Set<Integer> taken) {
        return !taken.contains(line.number()) && line.text().indexOf('|') >= 0;
    }

    /** The cells of a pipe row, without the empty cells that trailing pipes leave. */
    private static List<Cell> cells(TextLine line) {
        List<String> texts = new ArrayList<>(Arrays.stream(line.text().split("\\|", -1)).map(String::strip).toList());
        if (!texts.isEmpty() && texts.get(0).isEmpty() && line.text().stripLeading().startsWith("|")) {
            texts.remove(0);
        }
        while (texts.size() > 1 && texts.get(texts.size() - 1).isEmpty()) {
            texts.remove(texts.size() - 1);
        }
        return texts.stream().map(text -> new Cell(text, line.number())).toList();
    }
}
