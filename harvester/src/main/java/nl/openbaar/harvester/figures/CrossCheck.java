package nl.openbaar.harvester.figures;

/** The outcome of one arithmetic check on a table: a total against its rows, a saldo against baten and lasten. */
public record CrossCheck(int table, String description, boolean passed) {
}
