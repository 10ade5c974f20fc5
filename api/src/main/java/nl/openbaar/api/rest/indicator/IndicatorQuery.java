package nl.openbaar.api.rest.indicator;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.openbaar.api.rest.Paging;
import nl.openbaar.api.rest.Slice;
import nl.openbaar.api.rest.SortOrder;
import nl.openbaar.api.rest.Sparql;
import nl.openbaar.api.rest.model.Indicator;
import nl.openbaar.store.Store;
import nl.openbaar.vocab.Iris;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;

/**
 * Reads the indicators ({@code ob:Indicator}): each municipality names its own, so an indicator's id is the
 * municipality's code and the slug of its label ({@code gm0637/gemiddeld-rapportcijfer-...}), as in its IRI.
 */
public final class IndicatorQuery {
    public static final Map<String, String> SORT_FIELDS = SortOrder.fields(
            "municipality", "?municipalityKey", "label", "LCASE(STR(?label))", "valueCount", "?values");
    public static final List<String> DEFAULT_ORDER = List.of("ASC(?i)");

    private static final String MATCH = """
            ?i a ob:Indicator ; rdfs:label ?label .
            BIND(STRBEFORE(STRAFTER(STR(?i), "/id/indicator/"), "/") AS ?municipalityKey)
            """;
    private static final String DETAILS = """
            OPTIONAL { ?i ob:programme/skos:prefLabel ?programme }
            OPTIONAL { ?i ob:unit ?unit }
            OPTIONAL { ?v ob:indicator ?i }
            """;

    private final Store store;
    private final Iris iris;

    public IndicatorQuery(Store store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    public Slice<Indicator> find(IndicatorFilter filter, SortOrder order, Paging paging) {
        return store.read(tx -> {
            long total = Sparql.count(tx, query("SELECT (COUNT(DISTINCT ?i) AS ?n) WHERE {\n" + MATCH + filters(filter) + "}", filter));
            List<Indicator> items = Sparql.select(tx, query(pageQuery(filter, order, paging), filter), this::indicator);
            return new Slice<>(items, total);
        });
    }

    public String pageQuery(IndicatorFilter filter, SortOrder order, Paging paging) {
        return query("SELECT ?i ?label ?municipalityKey (SAMPLE(?programme) AS ?programmeLabel) (SAMPLE(?unit) AS ?unitIri) "
                + "(COUNT(DISTINCT ?v) AS ?values) WHERE {\n" + MATCH + filters(filter) + DETAILS + "}\nGROUP BY ?i ?label ?municipalityKey\n"
                + order.orderBy() + Sparql.limit(paging), filter).toString();
    }

    public static SortOrder sort(String sort) {
        return SortOrder.parse(sort, SORT_FIELDS, DEFAULT_ORDER);
    }

    /** The IRI of the indicator with this id. */
    public String iri(String id) {
        return iris.base() + "id/indicator/" + id;
    }

    /** The id of an indicator IRI: what follows {@code /id/indicator/}. */
    public static String id(String iri) {
        int at = iri.indexOf("/id/indicator/");
        return at < 0 ? iri : iri.substring(at + "/id/indicator/".length());
    }

    private static String filters(IndicatorFilter filter) {
        StringBuilder where = new StringBuilder();
        if (filter.municipality() != null) {
            where.append("FILTER(?municipalityKey = ?_municipality)\n");
        }
        if (filter.programme() != null) {
            where.append("?i ob:programme/skos:prefLabel ?programmeFilter . FILTER(LCASE(STR(?programmeFilter)) = ?_programme)\n");
        }
        return where.toString();
    }

    private static ParameterizedSparqlString query(String body, IndicatorFilter filter) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(Sparql.PREFIXES + body);
        if (filter.municipality() != null) {
            query.setLiteral("_municipality", filter.municipality().code().toLowerCase(Locale.ROOT));
        }
        if (filter.programme() != null) {
            query.setLiteral("_programme", filter.programme().toLowerCase(Locale.ROOT));
        }
        return query;
    }

    private Indicator indicator(QuerySolution s) {
        String id = id(Sparql.text(s, "i"));
        String code = Sparql.text(s, "municipalityKey").toUpperCase(Locale.ROOT);
        return new Indicator()
                .iri(Sparql.iri(s, "i"))
                .id(id)
                .label(Sparql.text(s, "label"))
                .municipality(code)
                .municipalityName(nl.openbaar.vocab.Municipalities.official().byCode(code).map(m -> m.name()).orElse(code))
                .programme(Sparql.text(s, "programmeLabel"))
                .unit(Sparql.iri(s, "unitIri"))
                .valueCount(Sparql.integer(s, "values"))
                .href("/api/v1/indicator-values?indicator=" + id);
    }
}
