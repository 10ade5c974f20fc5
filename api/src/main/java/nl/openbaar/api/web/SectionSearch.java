package nl.openbaar.api.web;

import java.util.List;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.lucene.queryparser.classic.QueryParser;

/** Full-text search in the reports' sections (the store's Lucene index), best match first. */
final class SectionSearch {
    static final int LIMIT = 50;
    private static final String SEARCH = """
            SELECT ?doc ?docTitle ?position ?title ?text WHERE {
              (?s ?score) text:query ?q .
              ?s dct:isPartOf ?doc ; ob:position ?position .
              ?doc dct:title ?docTitle .
              OPTIONAL { ?s dct:title ?title }
              OPTIONAL { ?s ob:text ?text }
            } ORDER BY DESC(?score) ?docTitle ?position""";

    private final StoreQueries queries;
    private final DocumentIds ids;

    SectionSearch(StoreQueries queries, DocumentIds ids) {
        this.queries = queries;
        this.ids = ids;
    }

    /** The sections matching every word of {@code words}, taken literally (no Lucene syntax). */
    List<SearchHit> find(String words) {
        ParameterizedSparqlString query = StoreQueries.query(SEARCH + " LIMIT " + LIMIT);
        query.setLiteral("q", "+" + String.join(" +", QueryParser.escape(words.trim().toLowerCase(java.util.Locale.ROOT)).split("\\s+")));
        return queries.select(query, row -> {
            int position = row.getLiteral("position").getInt();
            String title = StoreQueries.text(row, "title");
            return new SearchHit(title == null ? "Sectie " + position : title, StoreQueries.text(row, "docTitle"),
                    DocumentPage.path(ids.id(StoreQueries.text(row, "doc"))) + "#" + SourceLink.anchor(position),
                    excerpt(StoreQueries.text(row, "text")));
        });
    }

    private static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ").trim();
        return flat.length() <= 240 ? flat : flat.substring(0, 240) + "…";
    }
}
