package nl.openbaar.harvester.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.openbaar.harvester.text.TextLine;

/**
 * The safety net after the other readers: a block of column headers ("Realisatie 2017", "Begroting", "2019", "Werkelijk")
 * followed by values, that no reader could read, is still a table. It is returned without headers, one row per line,
 * so that it is reported as unread instead of vanishing into the prose.
 */
final class UnreadableTableReader implements TableReader {
    private static final Pattern PERIOD_HEADER = Pattern.compile(
            "(?i)^(.*\\b(realisatie|rekening|jaarrekening|begroting|begroot|raming|werkelijk|behaald|beoogd|streefwaarde|prognose"
                    + "|nulmeting)\\b.*|(19|20)\\d{2})$");
    private static final int MAX_HEADER_LENGTH = 40;
    private static final int HEADER_WINDOW = 4;
    private static final int MIN_VALUES = 2;
    private static final int PROSE_LENGTH = 120;

    @Override
    public List<FoundTable> read(List<TextLine> all, Set<Integer> taken) {
        List<TextLine> lines = all.stream().filter(l -> !l.isBlank()).toList();
        List<FoundTable> tables = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (!startsHeaderBlock(lines, i, taken)) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < lines.size() && !taken.contains(lines.get(end + 1).number()) && !isProse(lines.get(end + 1))) {
                end++;
            }
            List<TextLine> block = lines.subList(i, end + 1);
            long values = block.stream().filter(l -> CellText.isValue(l.text())).count();
            if (values >= MIN_VALUES) {
                List<Row> rows = block.stream().map(l -> new Row(new Cell(l.text().strip(), l.number()), List.of())).toList();
                tables.add(new FoundTable(TableLayout.UNREADABLE, 0, List.of(), rows, block.get(0).number(), block.get(block.size() - 1).number()));
            }
            i = end + 1;
        }
        return tables;
    }

    /** Two period headers within a few short lines, none of them in a table already read. */
    private static boolean startsHeaderBlock(List<TextLine> lines, int i, Set<Integer> taken) {
        if (!isPeriodHeader(lines.get(i), taken)) {
            return false;
        }
        for (int j = i + 1; j < Math.min(lines.size(), i + HEADER_WINDOW); j++) {
            if (isPeriodHeader(lines.get(j), taken)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPeriodHeader(TextLine line, Set<Integer> taken) {
        String text = line.text().strip();
        return !taken.contains(line.number()) && text.length() <= MAX_HEADER_LENGTH && PERIOD_HEADER.matcher(text).matches();
    }

    private static boolean isProse(TextLine line) {
        String text = line.text().strip();
        return text.length() > PROSE_LENGTH || (text.length() > 60 && text.endsWith("."));
    }
}
