package nl.openbaar.api.sparql;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;

/**
 * SELECT results as SPARQL 1.1 CSV: IRIs and literals by their text, blank nodes as {@code _:label} (Jena writes
 * the bare label, which the W3C result-format tests reject), unbound as an empty cell, CRLF line ends.
 */
final class CsvResultWriter {
    private CsvResultWriter() {
    }

    static void write(OutputStream out, ResultSet results) {
        PrintStream csv = new PrintStream(out, false, StandardCharsets.UTF_8);
        List<String> vars = results.getResultVars();
        csv.print(String.join(",", vars.stream().map(CsvResultWriter::cell).toList()) + "\r\n");
        Map<Node, String> blankLabels = new HashMap<>();
        while (results.hasNext()) {
            QuerySolution row = results.next();
            csv.print(String.join(",", vars.stream().map(v -> cell(text(row.get(v), blankLabels))).toList()) + "\r\n");
        }
        csv.flush();
    }

    private static String text(RDFNode value, Map<Node, String> blankLabels) {
        if (value == null) {
            return "";
        }
        Node node = value.asNode();
        if (node.isBlank()) {
            return blankLabels.computeIfAbsent(node, n -> "_:b" + blankLabels.size());
        }
        return node.isURI() ? node.getURI() : node.getLiteralLexicalForm();
    }

    private static String cell(String text) {
        return text.matches("(?s).*[\",\r\n].*") ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
