package nl.openbaar.harvester.table;

import java.util.List;
import java.util.Optional;

/**
 * A table found in report text, whatever its layout: a caption, the scale line where one is printed, the headers of
 * the value columns, and rows.
 *
 * @param number 1-based position among the tables of the document
 * @param layout how the table was printed
 * @param caption the title or heading above the table ("" when there is none)
 * @param scale the scale line as printed ("Bedragen x € 1.000"), if any
 * @param headers one header per value column
 * @param rows the rows, in print order
 * @param firstLine first line of the table (caption excluded)
 * @param lastLine last line of the table
 */
public record Table(int number, TableLayout layout, String caption, Optional<String> scale, List<Cell> headers,
                    List<Row> rows, int firstLine, int lastLine) {
    public Table {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    public int columnCount() {
        return headers.size();
    }

    public String locator() {
        String where = firstLine == lastLine ? "line " + firstLine : "lines " + firstLine + "-" + lastLine;
        return "table " + number + (caption.isEmpty() ? "" : " '" + caption + "'") + ", " + where;
    }
}
