package nl.openbaar.api.sparql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV text read as a table of cells (RFC 4180 quoting), to compare CSV results regardless of line ends and quoting
 * choices. Blank node labels are renamed in order of appearance, since a serialiser chooses its own. Numbers are
 * compared by value: TDB2 stores an xsd:double by value and gives it back in another lexical form (1.0E6 becomes
 * 1000000.0e0), and a CSV cell carries no datatype to tell the two apart by.
 */
final class CsvTable {
    private CsvTable() {
    }

    static List<List<String>> parse(String text, char separator) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return renameBlankNodes(rows);
    }

    private static List<List<String>> renameBlankNodes(List<List<String>> rows) {
        Map<String, String> names = new HashMap<>();
        return rows.stream().map(r -> r.stream()
                .map(cell -> cell.startsWith("_:") ? names.computeIfAbsent(cell, k -> "_:b" + names.size()) : number(cell)).toList()).toList();
    }

    private static String number(String cell) {
        if (!cell.matches("[-+]?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?")) {
            return cell;
        }
        return new java.math.BigDecimal(cell).stripTrailingZeros().toPlainString();
    }
}
