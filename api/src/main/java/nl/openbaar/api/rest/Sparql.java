package nl.openbaar.api.rest;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import nl.openbaar.store.ReadTransaction;
import nl.openbaar.store.Store;
import nl.openbaar.vocab.Municipalities;
import nl.openbaar.vocab.Municipality;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;

/** What the read classes of the API share: prefixes, running a SELECT in a read transaction, typed values of a row. */
public final class Sparql {
    public static final String PREFIXES = """
            PREFIX ob: <https://w3id.org/openbaar/def#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX qb: <http://purl.org/linked-data/cube#>
            PREFIX dqv: <http://www.w3.org/ns/dqv#>
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX text: <http://jena.apache.org/text#>
            """;
    public static final String OB = "https://w3id.org/openbaar/def#";
    private static final String TOOI_MUNICIPALITY = "https://identifier.overheid.nl/tooi/id/gemeente/";

    private Sparql() {
    }

    /** Runs a SELECT in its own read transaction and maps every row. */
    public static <T> List<T> select(Store store, ParameterizedSparqlString query, Function<QuerySolution, T> row) {
        return store.read(tx -> select(tx, query, row));
    }

    public static <T> List<T> select(ReadTransaction tx, ParameterizedSparqlString query, Function<QuerySolution, T> row) {
        List<T> rows = new ArrayList<>();
        try (var execution = tx.query(query.asQuery())) {
            execution.execSelect().forEachRemaining(solution -> rows.add(row.apply(solution)));
        }
        return rows;
    }

    /** The number a {@code SELECT (COUNT(...) AS ?n)} query answers. */
    public static long count(ReadTransaction tx, ParameterizedSparqlString query) {
        List<Long> n = select(tx, query, s -> s.getLiteral("n").getLong());
        return n.isEmpty() ? 0 : n.get(0);
    }

    public static String text(QuerySolution s, String var) {
        RDFNode node = s.get(var);
        if (node == null) {
            return null;
        }
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.isURIResource() ? node.asResource().getURI() : node.toString();
    }

    public static URI iri(QuerySolution s, String var) {
        RDFNode node = s.get(var);
        return node != null && node.isURIResource() ? URI.create(node.asResource().getURI()) : null;
    }

    public static Integer integer(QuerySolution s, String var) {
        String value = text(s, var);
        return value == null ? null : Integer.valueOf(value.trim());
    }

    public static BigDecimal decimal(QuerySolution s, String var) {
        String value = text(s, var);
        if (value == null) {
            return null;
        }
        BigDecimal number = new BigDecimal(value.trim()).stripTrailingZeros();
        return number.scale() < 0 ? number.setScale(0) : number;
    }

    public static Boolean bool(QuerySolution s, String var) {
        String value = text(s, var);
        return value == null ? null : Boolean.valueOf(value.trim());
    }

    /** The local name of an {@code ob:} term ({@code ob:Actual} → {@code Actual}). */
    public static String obName(QuerySolution s, String var) {
        String iri = text(s, var);
        return iri == null ? null : iri.startsWith(OB) ? iri.substring(OB.length()) : iri;
    }

    /** The municipality a TOOI IRI names, when it is in the official list. */
    public static Optional<Municipality> municipality(String tooiIri) {
        if (tooiIri == null || !tooiIri.startsWith(TOOI_MUNICIPALITY)) {
            return Optional.empty();
        }
        return Municipalities.official().byCode(tooiIri.substring(TOOI_MUNICIPALITY.length()).toUpperCase(Locale.ROOT));
    }

    /** The municipality's CBS code from its TOOI IRI, also for a code missing from the list. */
    public static String code(String tooiIri) {
        return municipality(tooiIri).map(Municipality::code)
                .orElse(tooiIri == null ? null : tooiIri.substring(tooiIri.lastIndexOf('/') + 1).toUpperCase(Locale.ROOT));
    }

    public static String name(String tooiIri) {
        return municipality(tooiIri).map(Municipality::name).orElse(code(tooiIri));
    }

    /** The page's LIMIT and OFFSET. */
    public static String limit(Paging paging) {
        return " LIMIT " + paging.pageSize() + " OFFSET " + paging.offset();
    }
}
