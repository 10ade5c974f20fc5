package nl.openbaar.harvester.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.openbaar.harvester.text.TextLine;

/**
 * Reads tables printed one row per line: a header line, then rows of a label followed by its values, with optional
 * group headings ("Lasten", "Baten") between them.
 */
final class RowPerLineTableReader implements TableReader {
    private static final Pattern SPACED_SIGN = Pattern.compile("(?<=^|\\s)([-−–€])\\s+(?=\\d)");
    private static final Pattern FOOTNOTE_SPACE = Pattern.compile("\\s+(\\(\\*+\\))");
    private static final int MIN_ROWS = 2;
    private static final int MAX_GROUP_HEADING_WORDS = 4;
    private static final int MAX_VALUE_WORDS = 3;
    /** A label that ends in a full stop is a sentence unless it is this short ("Klanttevredenheid Website. 7 7,1"). */
    private static final int MAX_LABEL_WORDS_WITH_STOP = 12;
    /**
     * A value of more words starts with a spelled-out bound or with its number, and does not end a sentence: in
     * "norm: 5 min. 6:30" the "5 min." ends the label.
     */
    private static final Pattern MULTI_WORD_VALUE = Pattern.compile("(?iu)^(maximaal|minimaal|ten minste|minstens|hooguit|[-−–€(]?\\d).*(?<!\\.)$");
    private static final Pattern REFERENCE = Pattern.compile("\\(\\d{1,2}(\\.\\d{1,2})+\\)");
    /** Words that start a column header even in lower case ("... participatie baten lasten Rekening 2021"). */
    private static final Pattern COLUMN_START = Pattern.compile("(?iu)^(baten|lasten|saldo|uitgaven|inkomsten|verschil|begroting|realisatie|rekening)$");
    private static final Pattern COLUMN_WORD = Pattern.compile("(?iu).*\\b((19|20)\\d{2}|begroting|begroot|raming|realisatie|rekening"
            + "|jaarrekening|primitieve|oorspronkelijke|bijgestelde|gewijzigde|verschil|afwijking|werkelijk|behaald|beoogd"
            + "|lasten|baten|saldo|uitgaven|inkomsten)\\b.*");

    @Override
    public List<FoundTable> read(List<TextLine> all, Set<Integer> taken) {
        List<TextLine> lines = TableReader.freeContentLines(all, taken);
        List<FoundTable> tables = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (split(lines.get(i)).isEmpty() || isHeaderOfYears(lines.get(i))) {
                i++;
                continue;
            }
            int start = i;
            // a group heading right above the first row belongs to the table
            if (start > 0 && isGroupHeading(lines.get(start - 1))) {
                start--;
            }
            List<Row> rows = new ArrayList<>();
            int k = start;
            while (k < lines.size()) {
                Optional<Row> row = split(lines.get(k));
                if (row.isPresent()) {
                    rows.add(row.get());
                } else if (isGroupHeading(lines.get(k)) && k + 1 < lines.size() && split(lines.get(k + 1)).isPresent()) {
                    rows.add(new Row(cell(lines.get(k)), List.of()));
                } else {
                    break;
                }
                k++;
            }
            if (!rows.isEmpty() && rows.get(0).isGroupHeading() && start > 0 && isHeaderFor(lines.get(start), rows)) {
                rows.remove(0); // "Lasten Baten Saldo" above the rows names their columns: it is the header line
                start++;
            }
            long valueRows = rows.stream().filter(row -> !row.isGroupHeading()).count();
            if (valueRows < MIN_ROWS || start == 0) {
                i = Math.max(k, i + 1);
                continue;
            }
            int columns = mostCommonWidth(rows);
            List<Row> fitted = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                fitted.add(fit(withLoneDashes(rows.get(r), lines.get(start + r), columns), columns));
            }
            int lastOfText = all.stream().filter(l -> !l.isBlank()).mapToInt(TextLine::number).max().orElse(-1);
            if (lines.get(k - 1).number() == lastOfText) {
                fitted.set(fitted.size() - 1, cutOff(fitted.get(fitted.size() - 1), columns));
            }
            TextLine headerLine = lines.get(start - 1);
            List<Cell> headers = headers(headerLine, columns);
            int firstLine = headerLine.number();
            if (start >= 2) {
                List<Cell> grouped = GroupedHeaders.combine(lines.get(start - 2), headers);
                if (grouped != headers) {
                    headers = grouped;
                    firstLine = lines.get(start - 2).number();
                }
            }
            tables.add(new FoundTable(TableLayout.ROW_PER_LINE, 0, headers, fitted, firstLine,
                    lines.get(k - 1).number()));
            i = k;
        }
        return tables;
    }

    /**
     * "- 46" is a spaced minus or a nil mark followed by a value: when reading it as a minus leaves the row short of
     * the table's columns and reading it as a nil mark fills them exactly, it is a nil mark.
     */
    private static Row withLoneDashes(Row row, TextLine line, int columns) {
        if (row.isGroupHeading() || row.values().size() >= columns) {
            return row;
        }
        return split(line, false).filter(r -> r.values().size() == columns).orElse(row);
    }

    /**
     * The last line of a text that ends mid-row printed its first values only: they fill the columns from the left, the
     * rest stay empty (and are not read).
     */
    private static Row cutOff(Row row, int columns) {
        if (row.isGroupHeading() || row.values().size() >= columns) {
            return row;
        }
        List<Cell> values = new ArrayList<>(row.values());
        int line = row.label().line();
        while (values.size() < columns) {
            values.add(new Cell("", line));
        }
        return new Row(row.label(), values);
    }

    /** A line as label plus trailing values, when it ends in at least two values. */
    static Optional<Row> split(TextLine line) {
        return split(line, true);
    }

    private static Optional<Row> split(TextLine line, boolean joinSpacedSigns) {
        String stripped = line.text().strip();
        String text = FOOTNOTE_SPACE.matcher(joinSpacedSigns ? SPACED_SIGN.matcher(stripped).replaceAll("$1") : stripped).replaceAll("$1");
        String[] tokens = text.split("\\s+");
        List<String> values = new ArrayList<>();
        int firstValue = tokens.length;
        while (firstValue > 0) {
            int width = valueWidth(tokens, firstValue);
            if (width == 0) {
                break;
            }
            values.add(0, String.join(" ", Arrays.copyOfRange(tokens, firstValue - width, firstValue)));
            firstValue -= width;
        }
        String label = String.join(" ", Arrays.copyOfRange(tokens, 0, firstValue));
        if (values.size() < 2 || !label.matches(".*\\p{L}.*") || label.length() > 120
                || (label.endsWith(".") && label.split("\\s+").length > MAX_LABEL_WORDS_WITH_STOP)) {
            return Optional.empty();
        }
        List<Cell> cells = values.stream().map(t -> new Cell(t, line.number())).toList();
        return Optional.of(new Row(new Cell(label, line.number()), cells));
    }

    /**
     * How many tokens before {@code end} make one value: a number ("1.387", "7,2 (*)"), or a bounded or unit value of up
     * to three words ("Maximaal 5 min", "5 min"); 0 when the token before {@code end} is no value. A paragraph number
     * in parentheses ("(6.1)") is part of the label, not a value.
     */
    private static int valueWidth(String[] tokens, int end) {
        if (REFERENCE.matcher(tokens[end - 1]).matches()) {
            return 0;
        }
        for (int width = Math.min(MAX_VALUE_WORDS, end); width >= 2; width--) {
            String candidate = String.join(" ", Arrays.copyOfRange(tokens, end - width, end));
            if (CellText.isValue(candidate) && candidate.matches("(?s).*\\p{L}.*") && MULTI_WORD_VALUE.matcher(candidate).matches()) {
                return width;
            }
        }
        return CellText.numberToken().matcher(tokens[end - 1]).matches() ? 1 : 0;
    }

    /** A row with more values than the table has columns carries a number in its label ("Programma 1 ..."). */
    private static Row fit(Row row, int columns) {
        if (row.values().size() <= columns) {
            return row;
        }
        int extra = row.values().size() - columns;
        StringBuilder label = new StringBuilder(row.label().text());
        for (Cell cell : row.values().subList(0, extra)) {
            label.append(' ').append(cell.text());
        }
        return new Row(new Cell(label.toString(), row.label().line()), row.values().subList(extra, row.values().size()));
    }

    private static int mostCommonWidth(List<Row> rows) {
        Map<Integer, Integer> counts = new HashMap<>();
        rows.stream().filter(r -> !r.isGroupHeading()).forEach(r -> counts.merge(r.values().size(), 1, Integer::sum));
        return counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(0);
    }

    /**
     * Splits a header line into one header per value column. Column headers start with a capital ("Realisatie 2020
     * Begroting 2021 Begroting 2021 na wijzigingen ..."); extra leading parts name the label column. A header line
     * that is only years ("Omschrijving 2020 2021") gives the years.
     */
    static List<Cell> headers(TextLine line, int columns) {
        String[] tokens = line.text().strip().split("\\s+");
        if (tokens.length > columns && Arrays.stream(tokens, tokens.length - columns, tokens.length).allMatch(CellText::isYear)) {
            return Arrays.stream(tokens, tokens.length - columns, tokens.length).map(t -> new Cell(t, line.number())).toList();
        }
        List<String> segments = segments(line.text());
        List<String> atColumnWords = segmentsAtColumnWords(line.text());
        if (segments.size() < columns || (!namesColumns(segments, columns) && namesColumns(atColumnWords, columns))) {
            segments = atColumnWords;
        }
        if (segments.size() < columns) {
            return List.of();
        }
        return segments.subList(segments.size() - columns, segments.size()).stream()
                .map(text -> new Cell(text, line.number())).toList();
    }

    /** A header line cut where a word starts with a capital: each part is one header. */
    static List<String> segments(String text) {
        String[] tokens = text.strip().split("\\s+");
        List<String> segments = new ArrayList<>();
        for (String token : tokens) {
            boolean starts = Character.isUpperCase(token.codePointAt(0));
            if (segments.isEmpty() || starts) {
                segments.add(token);
            } else {
                segments.set(segments.size() - 1, segments.get(segments.size() - 1) + " " + token);
            }
        }
        return segments;
    }

    /** A header line cut where a word starts with a capital or is a column word in lower case ("baten", "lasten"). */
    private static List<String> segmentsAtColumnWords(String text) {
        List<String> segments = new ArrayList<>();
        for (String token : text.strip().split("\\s+")) {
            boolean starts = Character.isUpperCase(token.codePointAt(0)) || COLUMN_START.matcher(token).matches();
            if (segments.isEmpty() || starts) {
                segments.add(token);
            } else {
                segments.set(segments.size() - 1, segments.get(segments.size() - 1) + " " + token);
            }
        }
        return segments;
    }

    private static boolean namesColumns(List<String> segments, int columns) {
        return segments.size() >= columns
                && segments.subList(segments.size() - columns, segments.size()).stream().allMatch(t -> COLUMN_WORD.matcher(t).matches());
    }

    /** A line of as many column words as the rows under it have values: "Lasten Baten Saldo". */
    private static boolean isHeaderFor(TextLine line, List<Row> rows) {
        int columns = mostCommonWidth(rows);
        List<String> segments = segments(line.text());
        return columns > 0 && segments.size() == columns && segments.stream().allMatch(t -> COLUMN_WORD.matcher(t).matches());
    }

    private static boolean isHeaderOfYears(TextLine line) {
        return split(line).map(row -> row.values().stream().allMatch(c -> CellText.isYear(c.text()))).orElse(false);
    }

    private static boolean isGroupHeading(TextLine line) {
        String text = line.text().strip();
        return split(line).isEmpty() && !text.matches(".*\\d.*") && text.split("\\s+").length <= MAX_GROUP_HEADING_WORDS
                && !text.endsWith(".") && !text.endsWith(":") && text.matches("\\p{Lu}.*");
    }

    private static Cell cell(TextLine line) {
        return new Cell(line.text().strip(), line.number());
    }
}
