package nl.openbaar.harvester.figures;

/** A table, row or cell that was not published, and why. */
public record Unread(int table, String where, String reason) {
    @Override
    public String toString() {
        return "table " + table + (where.isEmpty() ? "" : ", " + where) + ": " + reason;
    }
}
