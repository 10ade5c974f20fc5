package nl.openbaar.harvester.table;

import java.util.List;

/** A table as a reader found it, before it is numbered in document order. */
record FoundTable(TableLayout layout, int captionLine, List<Cell> headers, List<Row> rows, int firstLine, int lastLine) {
}
