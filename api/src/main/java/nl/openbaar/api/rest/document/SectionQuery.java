package nl.openbaar.api.rest.document;

import java.util.List;
import java.util.Optional;
import nl.openbaar.api.rest.Paging;
import nl.openbaar.api.rest.Slice;
import nl.openbaar.api.rest.Sparql;
import nl.openbaar.api.rest.model.Section;
import nl.openbaar.store.Store;
import nl.openbaar.vocab.Iris;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;

/** Reads the sections ({@code ob:Section}) of one document in reading order, optionally only those matching a full-text query. */
public final class SectionQuery {
    private static final String MATCH = """
            ?s dct:isPartOf ?_d ; a ob:Section ; ob:position ?position .
            """;
    private static final String TEXT_MATCH = """
            { SELECT DISTINCT ?s WHERE { { (?s ?score) text:query ?_q } UNION { (?s ?score) text:query (dct:title ?_q) } } }
            """;
    private static final String DETAILS = """
            OPTIONAL { ?s dct:title ?title }
            OPTIONAL { ?s ob:text ?text }
            OPTIONAL { ?s ob:sourceLocator ?locator }
            """;

    private final Store store;
    private final Iris iris;
    private final DocumentQuery documents;

    public SectionQuery(Store store, Iris iris) {
        this.store = store;
        this.iris = iris;
        this.documents = new DocumentQuery(store, iris);
    }

    /** One page of the document's sections, or nothing when there is no such document. */
    public Optional<Slice<Section>> find(String documentId, String q, Paging paging) {
        return store.read(tx -> {
            if (!documents.exists(tx, documentId)) {
                return Optional.<Slice<Section>>empty();
            }
            String where = (q == null ? "" : TEXT_MATCH) + MATCH; // the index first: asked once, not once per section
            long total = Sparql.count(tx, query("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {\n" + where + "}", documentId, q));
            List<Section> items = Sparql.select(tx, query(pageQuery(documentId, q, paging), documentId, q),
                    s -> section(s, documentId));
            return Optional.of(new Slice<>(items, total));
        });
    }

    public String pageQuery(String documentId, String q, Paging paging) {
        return query("SELECT * WHERE {\n" + (q == null ? "" : TEXT_MATCH) + MATCH + DETAILS + "}\nORDER BY ?position ?s"
                + Sparql.limit(paging), documentId, q).toString();
    }

    private ParameterizedSparqlString query(String body, String documentId, String q) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(Sparql.PREFIXES + body);
        query.setIri("_d", iris.document(documentId));
        if (q != null) {
            query.setLiteral("_q", TextQueries.check(q));
        }
        return query;
    }

    private static Section section(QuerySolution s, String documentId) {
        String title = Sparql.text(s, "title");
        String text = Sparql.text(s, "text");
        return new Section()
                .iri(Sparql.iri(s, "s"))
                .documentId(documentId)
                .position(Sparql.integer(s, "position"))
                .title(title == null ? "" : title)
                .text(text == null ? "" : text)
                .locator(Sparql.text(s, "locator"));
    }
}
