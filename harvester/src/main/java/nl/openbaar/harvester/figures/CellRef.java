package nl.openbaar.harvester.figures;

/** Where a value was read: table number (1-based), row index and value column index (0-based), and the line. */
public record CellRef(int table, int row, int column, int line) {
}
