package nl.openbaar.api.rest.dataset;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import nl.openbaar.api.rest.Paging;
import nl.openbaar.api.rest.Slice;
import nl.openbaar.api.rest.Sparql;
import nl.openbaar.api.rest.model.Dataset;
import nl.openbaar.api.rest.model.DatasetKind;
import nl.openbaar.store.Store;
import nl.openbaar.vocab.Iris;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;

/**
 * Reads the datasets of the DCAT catalog (its named graph): per report a dataset of budget figures, of indicators and
 * of the document, each with its Turtle download and the SPARQL service. Ordered by IRI (report, then kind). The
 * catalog's other datasets (the Woo register, its annual figures) are not report datasets and are left out here.
 */
public final class DatasetQuery {
    private static final String MATCH = """
            ?ds a dcat:Dataset ; dct:title ?title ; dct:publisher ?municipality .
            BIND(STRAFTER(STR(?ds), "/id/dataset/") AS ?path)
            BIND(STRBEFORE(?path, "/") AS ?documentId)
            BIND(STRAFTER(?path, "/") AS ?kind)
            FILTER(?kind IN ("budget", "indicators", "documents"))
            OPTIONAL { ?ds ob:fiscalYear ?year }
            """;
    private static final String DETAILS = """
            OPTIONAL { ?ds dct:description ?description }
            OPTIONAL { ?ds dcat:theme ?theme }
            OPTIONAL { ?ds dcat:distribution ?turtle . ?turtle dcat:downloadURL ?download . OPTIONAL { ?turtle dct:license ?license } }
            OPTIONAL { ?ds dcat:distribution ?service . ?service dcat:accessService ?svc ; dcat:accessURL ?endpoint }
            """;

    private final Store store;
    private final Iris iris;

    public DatasetQuery(Store store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    public Slice<Dataset> find(DatasetFilter filter, Paging paging) {
        return store.read(tx -> {
            long total = Sparql.count(tx, query("SELECT (COUNT(DISTINCT ?ds) AS ?n) WHERE { GRAPH ?_catalog {\n" + MATCH
                    + filters(filter) + "} }", filter));
            List<Dataset> items = Sparql.select(tx, query(pageQuery(filter, paging), filter), this::dataset);
            return new Slice<>(items, total);
        });
    }

    public String pageQuery(DatasetFilter filter, Paging paging) {
        return query("SELECT ?ds ?title ?municipality ?year ?documentId ?kind (SAMPLE(?description) AS ?text) "
                + "(GROUP_CONCAT(DISTINCT STR(?theme); separator=\" \") AS ?themes) (SAMPLE(?license) AS ?licence) "
                + "(SAMPLE(?download) AS ?downloadUrl) (SAMPLE(?endpoint) AS ?sparql) WHERE { GRAPH ?_catalog {\n" + MATCH
                + filters(filter) + DETAILS + "} }\nGROUP BY ?ds ?title ?municipality ?year ?documentId ?kind\nORDER BY ?ds"
                + Sparql.limit(paging), filter).toString();
    }

    private static String filters(DatasetFilter filter) {
        StringBuilder where = new StringBuilder();
        if (filter.municipality() != null) {
            where.append("FILTER(?municipality = ?_municipality)\n");
        }
        if (filter.year() != null) {
            where.append("FILTER(?year = ?_year)\n");
        }
        if (filter.kind() != null) {
            where.append("FILTER(?kind = ?_kind)\n");
        }
        return where.toString();
    }

    private ParameterizedSparqlString query(String body, DatasetFilter filter) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(Sparql.PREFIXES + body);
        query.setIri("_catalog", iris.catalogGraph());
        if (filter.municipality() != null) {
            query.setIri("_municipality", filter.municipality().iri());
        }
        if (filter.year() != null) {
            query.setLiteral("_year", String.valueOf(filter.year()), XSDDatatype.XSDgYear);
        }
        if (filter.kind() != null) {
            query.setLiteral("_kind", filter.kind().getValue());
        }
        return query;
    }

    private Dataset dataset(QuerySolution s) {
        String municipality = Sparql.text(s, "municipality");
        String themes = Sparql.text(s, "themes");
        return new Dataset()
                .iri(Sparql.iri(s, "ds"))
                .kind(DatasetKind.fromValue(Sparql.text(s, "kind")))
                .title(Sparql.text(s, "title"))
                .description(Sparql.text(s, "text"))
                .municipality(Sparql.code(municipality))
                .municipalityName(Sparql.name(municipality))
                .fiscalYear(Sparql.integer(s, "year"))
                .documentId(Sparql.text(s, "documentId"))
                .themes(themes == null || themes.isBlank() ? List.of() : Arrays.stream(themes.split(" ")).sorted().map(URI::create).toList())
                .license(Sparql.iri(s, "licence"))
                .downloadUrl(Sparql.iri(s, "downloadUrl"))
                .sparqlEndpoint(Sparql.iri(s, "sparql"));
    }
}
