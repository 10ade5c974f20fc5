package nl.openbaar.api.web;

import nl.openbaar.vocab.Municipality;
import org.apache.jena.query.ParameterizedSparqlString;

/** The sections of a municipality's reports, to place each figure in the section it was printed in. */
final class SectionReader {
    private static final String SECTIONS = """
            SELECT ?doc ?position ?title ?locator WHERE {
              ?doc dct:publisher/skos:notation ?code .
              ?s dct:isPartOf ?doc ; ob:position ?position ; ob:sourceLocator ?locator .
              OPTIONAL { ?s dct:title ?title }
            }""";

    private final StoreQueries queries;
    private final DocumentIds documents;

    SectionReader(StoreQueries queries, DocumentIds documents) {
        this.queries = queries;
        this.documents = documents;
    }

    SectionIndex index(Municipality municipality) {
        ParameterizedSparqlString query = StoreQueries.query(SECTIONS);
        query.setLiteral("code", municipality.code());
        SectionIndex index = new SectionIndex();
        queries.each(query, row -> index.add(documents.id(StoreQueries.text(row, "doc")), row.getLiteral("position").getInt(),
                StoreQueries.text(row, "title"), StoreQueries.text(row, "locator")));
        return index;
    }
}
