package nl.openbaar.harvester.table;

/** The ways flattened report text prints a table. */
public enum TableLayout {
    /** {@code Type | 2020 | 2021 |} rows, usually with a {@code ---|---|} line under the header. */
    PIPE,
    /** One row per line: a label followed by its values, separated by spaces. */
    ROW_PER_LINE,
    /** One cell per line: the headers, then each row's label followed by its values. */
    CELL_PER_LINE,
    /** A real table element of an HTML page (or of the XHTML Tika makes of a Word document). */
    HTML,
    /** Headers and values in a layout no reader understands: kept only to report it unread. */
    UNREADABLE
}
