package nl.openbaar.api.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.openbaar.store.Store;
import nl.openbaar.vocab.OB;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;

/**
 * Runs the pages' SELECT queries over the store in a read transaction: parameters are bound with
 * {@link ParameterizedSparqlString} (never spliced in as text), each row is mapped while the transaction is open.
 */
final class StoreQueries {
    static final String PREFIXES = """
            PREFIX ob: <%s>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            PREFIX text: <http://jena.apache.org/text#>
            """.formatted(OB.NS);

    private final Store store;

    StoreQueries(Store store) {
        this.store = store;
    }

    /** The query text with the prefixes above, ready to bind parameters into. */
    static ParameterizedSparqlString query(String body) {
        return new ParameterizedSparqlString(PREFIXES + body);
    }

    <T> List<T> select(ParameterizedSparqlString query, Function<QuerySolution, T> row) {
        List<T> rows = new ArrayList<>();
        each(query, solution -> rows.add(row.apply(solution)));
        return rows;
    }

    void each(ParameterizedSparqlString query, Consumer<QuerySolution> row) {
        store.read(tx -> {
            try (QueryExecution execution = tx.query(query.asQuery())) {
                ResultSet results = execution.execSelect();
                results.forEachRemaining(row);
            }
            return null;
        });
    }

    static String text(QuerySolution row, String var) {
        return row.contains(var) ? row.get(var).isLiteral() ? row.getLiteral(var).getLexicalForm() : row.getResource(var).getURI() : null;
    }
}
