package nl.openbaar.harvester.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.openbaar.harvester.text.ReportText;
import nl.openbaar.harvester.text.TextLine;

/** Finds the tables in report text, in whichever layout they were printed, and numbers them in document order. */
public final class TableFinder {
    private static final Pattern SCALE = Pattern.compile(
            "(?i)^\\s*\\(?\\s*(?:bedragen\\s*)?(?:(?:x|×)\\s*€?\\s*1[.,]?000(?:[.,]000)?|(?:x|×)\\s*€?\\s*1\\s*(?:mln|miljoen)"
                    + "|(?:in|x)\\s*(?:hele\\s*)?(?:euro'?s?|€))\\s*\\)?\\s*$");
    /** A scale printed inside a header, e.g. "Programma (in € 1.000)". */
    private static final Pattern SCALE_IN_HEADER = Pattern.compile(
            "(?i)\\(\\s*((?:bedragen\\s*)?(?:in|x|×)\\s*€\\s*1[.,]?000(?:[.,]000)?)\\s*\\)");
    private static final int SCALE_LOOKBACK = 4;

    /** The tables of {@code text} and the lines they occupy. */
    public Result find(ReportText text) {
        List<TextLine> lines = text.lines();
        Set<Integer> taken = new TreeSet<>();
        List<FoundTable> found = new ArrayList<>();
        for (TableReader reader : List.of(new PipeTableReader(), new UnitColumnTableReader(), new CellPerLineTableReader(),
                new RowPerLineTableReader(),
                new UnreadableTableReader())) {
            for (FoundTable table : reader.read(lines, taken)) {
                found.add(table);
                for (int n = table.firstLine(); n <= table.lastLine(); n++) {
                    taken.add(n);
                }
            }
        }
        found.sort(Comparator.comparingInt(FoundTable::firstLine));
        List<Table> tables = new ArrayList<>();
        Set<Integer> scaleLines = new TreeSet<>();
        for (FoundTable table : found) {
            Optional<TextLine> scale = scaleLine(lines, table);
            scale.ifPresent(line -> scaleLines.add(line.number()));
            String caption = caption(lines, table, scale);
            Optional<String> printedScale = scale.map(line -> line.text().strip()).or(() -> scaleInHeader(lines, table));
            tables.add(new Table(tables.size() + 1, table.layout(), caption, printedScale,
                    table.headers(), table.rows(), table.firstLine(), table.lastLine()));
        }
        taken.addAll(scaleLines);
        return new Result(tables, taken);
    }

    /** The tables found, and the numbers of the lines they (and their scale lines) occupy. */
    public record Result(List<Table> tables, Set<Integer> tableLines) {
    }

    public static boolean isScaleLine(String text) {
        return SCALE.matcher(text).matches();
    }

    private static Optional<String> scaleInHeader(List<TextLine> lines, FoundTable table) {
        Matcher m = SCALE_IN_HEADER.matcher(lines.get(indexOf(lines, table.firstLine())).text());
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    private static Optional<TextLine> scaleLine(List<TextLine> lines, FoundTable table) {
        int index = indexOf(lines, table.firstLine());
        int seen = 0;
        for (int i = index - 1; i >= 0 && seen < SCALE_LOOKBACK; i--) {
            TextLine line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            seen++;
            if (isScaleLine(line.text())) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }

    /** The nearest non-blank line above the table that is neither its scale line nor the end of a sentence. */
    private static String caption(List<TextLine> lines, FoundTable table, Optional<TextLine> scale) {
        int from = table.captionLine() > 0 ? table.captionLine() : table.firstLine();
        int index = indexOf(lines, from);
        for (int i = index - (table.captionLine() > 0 ? 0 : 1); i >= 0; i--) {
            TextLine line = lines.get(i);
            if (line.isBlank() || (scale.isPresent() && scale.get().number() == line.number())) {
                continue;
            }
            String text = line.text().strip().replaceAll("[|\\s]+$", "");
            return text.length() <= 160 && !text.endsWith(".") ? text : "";
        }
        return "";
    }

    static int indexOf(List<TextLine> lines, int lineNumber) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).number() == lineNumber) {
                return i;
            }
        }
        throw new IllegalArgumentException("no line " + lineNumber);
    }
}
