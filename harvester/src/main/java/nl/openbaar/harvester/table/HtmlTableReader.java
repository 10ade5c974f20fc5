package nl.openbaar.harvester.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.openbaar.harvester.text.ReportText;
import nl.openbaar.harvester.text.TextLine;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads an HTML document whose tables are real {@code <table>} elements: each becomes a {@link Table} (headers from
 * {@code <thead>} or {@code <th>} rows, else the first row; the caption from {@code <caption>}, else the line above;
 * the scale from the lines just above or the corner cell), and the rest of the page becomes report text, one line per
 * block, for the sections. Every table row is one line of that text, so cells keep a line number.
 */
public final class HtmlTableReader {
    private static final int SCALE_LOOKBACK = 4;
    private static final int MAX_CAPTION_LENGTH = 160;

    /** The page as report text, and its tables. */
    public record Reading(ReportText text, TableFinder.Result tables) {
    }

    /** A table element and the lines its caption and rows were given. */
    private record Placed(Element table, int captionLine, List<Element> rows, int firstLine) {
    }

    public Reading read(Document document) {
        List<String> lines = new ArrayList<>();
        List<Placed> placed = new ArrayList<>();
        StringBuilder inline = new StringBuilder();
        render(document.body(), lines, placed, inline);
        flush(inline, lines);
        ReportText text = ReportText.of(String.join("\n", lines));
        List<Table> tables = new ArrayList<>();
        Set<Integer> tableLines = new TreeSet<>();
        for (Placed p : placed) {
            if (p.rows().isEmpty()) {
                continue;
            }
            tables.add(table(tables.size() + 1, p, text, tableLines));
        }
        return new Reading(text, new TableFinder.Result(tables, tableLines));
    }

    /** Writes the block structure of {@code element} as lines; tables are placed, not flattened. */
    private static void render(Element element, List<String> lines, List<Placed> placed, StringBuilder inline) {
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode textNode) {
                inline.append(textNode.text());
            } else if (node instanceof Element child) {
                if (child.nameIs("table")) {
                    flush(inline, lines);
                    placeTable(child, lines, placed);
                } else if (child.nameIs("br")) {
                    flush(inline, lines);
                } else if (child.isBlock() || !child.select("table").isEmpty()) {
                    flush(inline, lines);
                    render(child, lines, placed, inline);
                    flush(inline, lines);
                } else {
                    inline.append(child.text());
                }
            }
        }
    }

    private static void placeTable(Element table, List<String> lines, List<Placed> placed) {
        int captionLine = 0;
        Element caption = table.selectFirst("caption");
        if (caption != null && caption.closest("table") == table && !caption.text().isBlank()) {
            lines.add(caption.text().strip());
            captionLine = lines.size();
        }
        List<Element> rows = table.select("tr").stream().filter(tr -> tr.closest("table") == table).toList();
        int first = lines.size() + 1;
        for (Element row : rows) {
            lines.add(String.join(" | ", cellTexts(row)));
        }
        placed.add(new Placed(table, captionLine, rows, first));
    }

    private static void flush(StringBuilder inline, List<String> lines) {
        String text = inline.toString().replaceAll("\\s+", " ").strip();
        if (!text.isEmpty()) {
            lines.add(text);
        }
        inline.setLength(0);
    }

    private static Table table(int number, Placed p, ReportText text, Set<Integer> tableLines) {
        int headerIndex = headerRow(p.rows());
        List<String> headerTexts = cellTexts(p.rows().get(headerIndex));
        int headerLine = p.firstLine() + headerIndex;
        List<Cell> headers = new ArrayList<>();
        for (String header : headerTexts.subList(Math.min(1, headerTexts.size()), headerTexts.size())) {
            headers.add(new Cell(header, headerLine));
        }
        while (!headers.isEmpty() && headers.get(headers.size() - 1).text().isEmpty()) {
            headers.remove(headers.size() - 1);
        }
        List<Row> rows = new ArrayList<>();
        for (int r = headerIndex + 1; r < p.rows().size(); r++) {
            rows.add(row(cellTexts(p.rows().get(r)), p.firstLine() + r, headers.size()));
        }
        int lastLine = p.firstLine() + p.rows().size() - 1;
        for (int n = p.firstLine(); n <= lastLine; n++) {
            tableLines.add(n);
        }
        Optional<TextLine> scaleLine = scaleLine(text, p.captionLine() > 0 ? p.captionLine() : p.firstLine());
        scaleLine.ifPresent(line -> tableLines.add(line.number()));
        Optional<String> scale = scaleLine.map(line -> line.text().strip())
                .or(() -> headerTexts.isEmpty() || !TableFinder.isScaleLine(headerTexts.get(0)) ? Optional.empty() : Optional.of(headerTexts.get(0)));
        String caption;
        if (p.captionLine() > 0) {
            tableLines.add(p.captionLine());
            caption = lineText(text, p.captionLine());
        } else {
            caption = captionAbove(text, p.firstLine(), scaleLine);
        }
        return new Table(number, TableLayout.HTML, caption, scale, headers, rows, p.firstLine(), lastLine);
    }

    /** The header row: the last of the leading rows in {@code <thead>} or of {@code <th>} cells only; else the first row. */
    private static int headerRow(List<Element> rows) {
        int header = 0;
        for (int i = 0; i < rows.size(); i++) {
            Element row = rows.get(i);
            boolean inHead = row.parent() != null && row.parent().nameIs("thead");
            boolean allTh = !row.children().isEmpty() && row.children().stream().allMatch(c -> c.nameIs("th"));
            if (!inHead && !allTh) {
                break;
            }
            header = i;
        }
        return header;
    }

    /** A row: its label and its values; a row whose values are all empty is a group heading ("Lasten"). */
    private static Row row(List<String> cells, int line, int columns) {
        Cell label = new Cell(cells.isEmpty() ? "" : cells.get(0), line);
        List<String> values = new ArrayList<>(cells.subList(Math.min(1, cells.size()), cells.size()));
        if (values.stream().allMatch(String::isEmpty)) {
            return new Row(label, List.of());
        }
        while (values.size() > columns && values.get(values.size() - 1).isEmpty()) {
            values.remove(values.size() - 1);
        }
        return new Row(label, values.stream().map(v -> new Cell(v, line)).toList());
    }

    private static List<String> cellTexts(Element row) {
        return row.children().stream().filter(c -> c.nameIs("td") || c.nameIs("th")).map(c -> c.text().strip()).toList();
    }

    private static Optional<TextLine> scaleLine(ReportText text, int before) {
        int seen = 0;
        List<TextLine> above = text.lines().stream().filter(l -> l.number() < before && !l.isBlank()).toList();
        for (int i = above.size() - 1; i >= 0 && seen < SCALE_LOOKBACK; i--, seen++) {
            if (TableFinder.isScaleLine(above.get(i).text())) {
                return Optional.of(above.get(i));
            }
        }
        return Optional.empty();
    }

    /** The nearest line above the table that is not its scale line, when it reads as a title (short, no full stop). */
    private static String captionAbove(ReportText text, int before, Optional<TextLine> scale) {
        List<TextLine> above = text.lines().stream().filter(l -> l.number() < before && !l.isBlank())
                .filter(l -> scale.isEmpty() || scale.get().number() != l.number()).toList();
        if (above.isEmpty()) {
            return "";
        }
        String candidate = above.get(above.size() - 1).text().strip();
        return candidate.length() <= MAX_CAPTION_LENGTH && !candidate.endsWith(".") ? candidate : "";
    }

    private static String lineText(ReportText text, int number) {
        return text.lines().stream().filter(l -> l.number() == number).map(l -> l.text().strip()).findFirst().orElse("");
    }
}
