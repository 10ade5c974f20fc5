package nl.openbaar.harvester.table;

/** A table cell exactly as printed, with the line it was printed on. */
public record Cell(String text, int line) {
}
