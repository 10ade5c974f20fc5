package nl.openbaar.api.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.openbaar.vocab.Iris;
import org.apache.jena.query.ParameterizedSparqlString;

/** The datasets of the DCAT catalog (the catalog graph the harvest builds), by title. */
final class CatalogueReader {
    private static final String DATASETS = """
            SELECT ?ds ?title ?description ?publisher ?year ?doc ?dist ?distTitle ?access ?download ?media WHERE {
              GRAPH ?catalog { ?ds a dcat:Dataset ; dct:title ?title .
                OPTIONAL { ?ds dct:description ?description }
                OPTIONAL { ?ds ob:fiscalYear ?year }
                OPTIONAL { ?ds prov:wasDerivedFrom ?doc }
                OPTIONAL { ?ds dcat:distribution ?dist .
                  OPTIONAL { ?dist dct:title ?distTitle }
                  OPTIONAL { ?dist dcat:accessURL ?access }
                  OPTIONAL { ?dist dcat:downloadURL ?download }
                  OPTIONAL { ?dist dcat:mediaType ?media } }
                OPTIONAL { ?ds dct:publisher ?p } }
              OPTIONAL { ?p skos:prefLabel ?publisher }
            } ORDER BY ?title ?ds ?distTitle""";

    private final StoreQueries queries;
    private final DocumentIds ids;
    private final Iris iris;

    CatalogueReader(StoreQueries queries, DocumentIds ids, Iris iris) {
        this.queries = queries;
        this.ids = ids;
        this.iris = iris;
    }

    List<DatasetView> datasets() {
        ParameterizedSparqlString query = StoreQueries.query(DATASETS);
        query.setIri("catalog", iris.catalogGraph());
        Map<String, Builder> datasets = new LinkedHashMap<>();
        queries.each(query, row -> {
            Builder b = datasets.computeIfAbsent(StoreQueries.text(row, "ds"), ds -> new Builder(
                    StoreQueries.text(row, "title"), StoreQueries.text(row, "description"), StoreQueries.text(row, "publisher"),
                    StoreQueries.text(row, "year"), row.contains("doc") ? DocumentPage.path(ids.id(StoreQueries.text(row, "doc"))) : null,
                    ids.local(ds)));
            if (row.contains("dist") && b.seen.add(StoreQueries.text(row, "dist"))) {
                String href = row.contains("download") ? StoreQueries.text(row, "download") : StoreQueries.text(row, "access");
                String media = StoreQueries.text(row, "media");
                b.distributions.add(new DatasetView.Distribution(
                        row.contains("distTitle") ? StoreQueries.text(row, "distTitle") : href, ids.local(href),
                        media == null ? null : media.substring(media.indexOf("media-types/") < 0 ? 0 : media.indexOf("media-types/") + 12)));
            }
        });
        return datasets.values().stream().map(Builder::build).toList();
    }

    private static final class Builder {
        final String title;
        final String description;
        final String publisher;
        final String year;
        final String document;
        final String iri;
        final List<DatasetView.Distribution> distributions = new ArrayList<>();
        final java.util.Set<String> seen = new java.util.HashSet<>();

        Builder(String title, String description, String publisher, String year, String document, String iri) {
            this.title = title;
            this.description = description;
            this.publisher = publisher;
            this.year = year;
            this.document = document;
            this.iri = iri;
        }

        DatasetView build() {
            return new DatasetView(title, description, publisher, year, document, iri, List.copyOf(distributions));
        }
    }
}
