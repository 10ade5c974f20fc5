package nl.openbaar.harvester.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.openbaar.harvester.text.TextLine;

/**
 * The cells of text that prints a table one cell per line. Where the text separates cells by blank lines — most values
 * stand alone between blank lines — a block of lines without a blank line between them is one cell, its lines joined
 * by a space ("Oorspronkelijke", "begroting", "2015"). Elsewhere, and for any block that holds a value, each line is a
 * cell of its own.
 */
final class Blocks {
    /** Share of the value lines that must stand alone for blank lines to separate cells. */
    private static final double ALONE_SHARE = 0.8;
    private static final int MIN_VALUES = 4;

    private final List<TextLine> cells;
    private final Map<Integer, Integer> lastLines;

    private Blocks(List<TextLine> cells, Map<Integer, Integer> lastLines) {
        this.cells = List.copyOf(cells);
        this.lastLines = lastLines;
    }

    static Blocks of(List<TextLine> all, Set<Integer> taken) {
        List<List<TextLine>> blocks = new ArrayList<>();
        List<TextLine> current = new ArrayList<>();
        for (TextLine line : all) {
            if (line.isBlank() || taken.contains(line.number())) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
                if (!line.isBlank()) {
                    blocks.add(List.of(line)); // a taken line stays a line of its own, and is dropped below
                }
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        long values = blocks.stream().flatMap(List::stream).filter(Blocks::isValue).count();
        long alone = blocks.stream().filter(b -> b.size() == 1 && isValue(b.get(0))).count();
        boolean blankSeparated = values >= MIN_VALUES && alone >= ALONE_SHARE * values;
        List<TextLine> cells = new ArrayList<>();
        Map<Integer, Integer> lastLines = new HashMap<>();
        for (List<TextLine> block : blocks) {
            if (taken.contains(block.get(0).number())) {
                continue;
            }
            if (blankSeparated && block.size() > 1 && block.stream().noneMatch(Blocks::isValue)) {
                String text = String.join(" ", block.stream().map(l -> l.text().strip()).toList());
                TextLine first = block.get(0);
                cells.add(new TextLine(first.number(), text, first.page()));
                lastLines.put(first.number(), block.get(block.size() - 1).number());
            } else {
                cells.addAll(block);
            }
        }
        return new Blocks(cells, lastLines);
    }

    /** A value, not a year: a year under a word ("begroting", "2015") is part of a header. */
    private static boolean isValue(TextLine line) {
        return CellText.isValue(line.text()) && !CellText.isYear(line.text());
    }

    /** The cells, as lines: a block's cell has the number (and page) of its first line. */
    List<TextLine> cells() {
        return cells;
    }

    /** The number of the last line of the cell. */
    int lastLineOf(TextLine cell) {
        return lastLines.getOrDefault(cell.number(), cell.number());
    }
}
