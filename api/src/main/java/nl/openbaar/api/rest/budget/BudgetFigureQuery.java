package nl.openbaar.api.rest.budget;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.openbaar.api.rest.Paging;
import nl.openbaar.api.rest.Slice;
import nl.openbaar.api.rest.SortOrder;
import nl.openbaar.api.rest.Sparql;
import nl.openbaar.api.rest.model.BudgetFigure;
import nl.openbaar.api.rest.model.Flow;
import nl.openbaar.api.rest.model.Phase;
import nl.openbaar.store.Store;
import nl.openbaar.vocab.Iris;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;

/**
 * Reads budget figures ({@code ob:BudgetFigure}) from the store, one page at a time, each with its provenance (document,
 * locator, table) and quality flags (scale inferred; the cross-checks of its table).
 */
public final class BudgetFigureQuery {
    public static final Map<String, String> SORT_FIELDS = SortOrder.fields(
            "municipality", "?municipality", "fiscalYear", "?year", "programme", "?programme", "line", "?line",
            "phase", "?phase", "flow", "?flow", "amount", "?amount");
    /** Municipality, year, document, table and cell: the order the figures were printed in, per report. */
    public static final List<String> DEFAULT_ORDER = List.of("ASC(?municipality)", "ASC(?year)", "ASC(?document)",
            "ASC(?table)", "ASC(?row)", "ASC(?f)");

    private static final String MATCH = """
            ?f a ob:BudgetFigure ; ob:municipality ?municipality ; ob:fiscalYear ?year ; ob:phase ?phase ; ob:flow ?flow ;
               ob:amount ?amount ; ob:programme ?programmeConcept ; prov:wasDerivedFrom ?document .
            """;
    /** What the sort orders need; ordered and limited before the details are fetched, so a page costs its rows only. */
    private static final String SORT_KEYS = """
            ?programmeConcept skos:prefLabel ?programme .
            OPTIONAL { ?f ob:table ?table }
            OPTIONAL { ?f ob:rowNumber ?row }
            OPTIONAL { ?f ob:line ?lineConcept . ?lineConcept skos:prefLabel ?line }
            """;
    private static final String DETAILS = """
            OPTIONAL { ?f ob:printedValue ?printed }
            OPTIONAL { ?f ob:sourceLocator ?locator }
            OPTIONAL { ?f ob:taakveld/skos:notation ?taakveld }
            OPTIONAL { ?f ob:printedScale ?scale }
            OPTIONAL { ?f ob:scaleInferred ?inferred }
            OPTIONAL { ?table dqv:hasQualityMeasurement ?measurement .
                       ?measurement dqv:isMeasurementOf ob:crossChecksPassed ; dqv:value ?checks }
            """;

    private final Store store;
    private final Iris iris;

    public BudgetFigureQuery(Store store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    public Slice<BudgetFigure> find(BudgetFigureFilter filter, SortOrder order, Paging paging) {
        return store.read(tx -> {
            long total = Sparql.count(tx, query("SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE {\n" + MATCH + filters(filter) + "}", filter));
            List<BudgetFigure> items = Sparql.select(tx, query(pageQuery(filter, order, paging), filter), this::figure);
            return new Slice<>(items, total);
        });
    }

    /** The SPARQL of one page, exactly as it runs (for the benchmark against /sparql). */
    public String pageQuery(BudgetFigureFilter filter, SortOrder order, Paging paging) {
        return query("SELECT * WHERE {\n{ SELECT * WHERE {\n" + MATCH + filters(filter) + SORT_KEYS + "}\n" + order.orderBy()
                + Sparql.limit(paging) + " }\n" + DETAILS + "}\n" + order.orderBy(), filter).toString();
    }

    public static SortOrder sort(String sort) {
        return SortOrder.parse(sort, SORT_FIELDS, DEFAULT_ORDER);
    }

    private static String filters(BudgetFigureFilter filter) {
        StringBuilder where = new StringBuilder();
        if (filter.municipality() != null) {
            where.append("FILTER(?municipality = ?_municipality)\n");
        }
        if (filter.year() != null) {
            where.append("FILTER(?year = ?_year)\n");
        }
        if (filter.phase() != null) {
            where.append("FILTER(?phase = ?_phase)\n");
        }
        if (filter.flow() != null) {
            where.append("FILTER(?flow = ?_flow)\n");
        }
        if (filter.document() != null) {
            where.append("FILTER(?document = ?_document)\n");
        }
        if (filter.programme() != null) {
            where.append("?programmeConcept skos:prefLabel ?programmeFilter . FILTER(LCASE(STR(?programmeFilter)) = ?_programme)\n");
        }
        if (filter.line() != null) {
            where.append("?f ob:line/skos:prefLabel ?lineFilter . FILTER(LCASE(STR(?lineFilter)) = ?_line)\n");
        }
        if (filter.taakveld() != null) {
            where.append("?f ob:taakveld/skos:notation ?_taakveld .\n");
        }
        return where.toString();
    }

    private ParameterizedSparqlString query(String body, BudgetFigureFilter filter) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(Sparql.PREFIXES + body);
        if (filter.municipality() != null) {
            query.setIri("_municipality", filter.municipality().iri());
        }
        if (filter.year() != null) {
            query.setLiteral("_year", String.valueOf(filter.year()), XSDDatatype.XSDgYear);
        }
        if (filter.phase() != null) {
            query.setIri("_phase", Sparql.OB + filter.phase().getValue());
        }
        if (filter.flow() != null) {
            query.setIri("_flow", Sparql.OB + filter.flow().getValue());
        }
        if (filter.document() != null) {
            query.setIri("_document", iris.document(filter.document()));
        }
        if (filter.programme() != null) {
            query.setLiteral("_programme", filter.programme().toLowerCase(Locale.ROOT));
        }
        if (filter.line() != null) {
            query.setLiteral("_line", filter.line().toLowerCase(Locale.ROOT));
        }
        if (filter.taakveld() != null) {
            query.setLiteral("_taakveld", filter.taakveld());
        }
        return query;
    }

    private BudgetFigure figure(QuerySolution s) {
        String municipality = Sparql.text(s, "municipality");
        String document = Sparql.text(s, "document");
        Boolean inferred = Sparql.bool(s, "inferred");
        return new BudgetFigure()
                .iri(Sparql.iri(s, "f"))
                .municipality(Sparql.code(municipality))
                .municipalityName(Sparql.name(municipality))
                .fiscalYear(Sparql.integer(s, "year"))
                .programme(Sparql.text(s, "programme"))
                .line(Sparql.text(s, "line"))
                .taakveld(Sparql.text(s, "taakveld"))
                .phase(Phase.fromValue(Sparql.obName(s, "phase")))
                .flow(Flow.fromValue(Sparql.obName(s, "flow")))
                .amount(Sparql.decimal(s, "amount"))
                .printedValue(orEmpty(Sparql.text(s, "printed")))
                .printedScale(Sparql.text(s, "scale"))
                .scaleInferred(inferred != null && inferred)
                .crossChecksPassed(Sparql.bool(s, "checks"))
                .document(Sparql.iri(s, "document"))
                .documentId(document.substring(document.lastIndexOf('/') + 1))
                .locator(orEmpty(Sparql.text(s, "locator")))
                .table(Sparql.iri(s, "table"));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
