package nl.openbaar.api.rest.indicator;

import java.util.List;
import java.util.Map;
import nl.openbaar.api.rest.Paging;
import nl.openbaar.api.rest.Slice;
import nl.openbaar.api.rest.SortOrder;
import nl.openbaar.api.rest.Sparql;
import nl.openbaar.api.rest.model.Bound;
import nl.openbaar.api.rest.model.IndicatorValue;
import nl.openbaar.api.rest.model.ValueKind;
import nl.openbaar.store.Store;
import nl.openbaar.vocab.Iris;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;

/** Reads indicator values ({@code ob:IndicatorValue}): targets and realisations with provenance and quality flags. */
public final class IndicatorValueQuery {
    public static final Map<String, String> SORT_FIELDS = SortOrder.fields(
            "municipality", "?municipality", "indicator", "LCASE(STR(?indicatorLabel))", "year", "?year",
            "valueKind", "?kind", "value", "?value");
    public static final List<String> DEFAULT_ORDER = List.of("ASC(?municipality)", "ASC(?year)", "ASC(?document)",
            "ASC(?table)", "ASC(?row)", "ASC(?v)");

    private static final String MATCH = """
            ?v a ob:IndicatorValue ; ob:municipality ?municipality ; ob:year ?year ; ob:indicator ?indicator ;
               ob:valueKind ?kind ; ob:value ?value ; prov:wasDerivedFrom ?document .
            """;
    private static final String DETAILS = """
            ?indicator rdfs:label ?indicatorLabel .
            OPTIONAL { ?indicator ob:unit ?unit }
            OPTIONAL { ?v ob:printedValue ?printed }
            OPTIONAL { ?v ob:sourceLocator ?locator }
            OPTIONAL { ?v ob:table ?table }
            OPTIONAL { ?v ob:rowNumber ?row }
            OPTIONAL { ?v ob:bound ?bound }
            OPTIONAL { ?v ob:targetMet ?met }
            OPTIONAL { ?v ob:explanation ?explanation }
            OPTIONAL { ?table dqv:hasQualityMeasurement ?measurement .
                       ?measurement dqv:isMeasurementOf ob:crossChecksPassed ; dqv:value ?checks }
            """;

    private final Store store;
    private final Iris iris;

    public IndicatorValueQuery(Store store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    public Slice<IndicatorValue> find(IndicatorValueFilter filter, SortOrder order, Paging paging) {
        return store.read(tx -> {
            long total = Sparql.count(tx, query("SELECT (COUNT(DISTINCT ?v) AS ?n) WHERE {\n" + MATCH + filters(filter) + "}", filter));
            List<IndicatorValue> items = Sparql.select(tx, query(pageQuery(filter, order, paging), filter), this::value);
            return new Slice<>(items, total);
        });
    }

    public String pageQuery(IndicatorValueFilter filter, SortOrder order, Paging paging) {
        return query("SELECT * WHERE {\n" + MATCH + filters(filter) + DETAILS + "}\n" + order.orderBy() + Sparql.limit(paging), filter)
                .toString();
    }

    public static SortOrder sort(String sort) {
        return SortOrder.parse(sort, SORT_FIELDS, DEFAULT_ORDER);
    }

    private static String filters(IndicatorValueFilter filter) {
        StringBuilder where = new StringBuilder();
        if (filter.municipality() != null) {
            where.append("FILTER(?municipality = ?_municipality)\n");
        }
        if (filter.indicator() != null) {
            where.append("FILTER(?indicator = ?_indicator)\n");
        }
        if (filter.year() != null) {
            where.append("FILTER(?year = ?_year)\n");
        }
        if (filter.valueKind() != null) {
            where.append("FILTER(?kind = ?_kind)\n");
        }
        if (filter.targetMet() != null) {
            where.append("?v ob:targetMet ?_met .\n");
        }
        if (filter.document() != null) {
            where.append("FILTER(?document = ?_document)\n");
        }
        return where.toString();
    }

    private ParameterizedSparqlString query(String body, IndicatorValueFilter filter) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(Sparql.PREFIXES + body);
        if (filter.municipality() != null) {
            query.setIri("_municipality", filter.municipality().iri());
        }
        if (filter.indicator() != null) {
            query.setIri("_indicator", iris.base() + "id/indicator/" + filter.indicator());
        }
        if (filter.year() != null) {
            query.setLiteral("_year", String.valueOf(filter.year()), XSDDatatype.XSDgYear);
        }
        if (filter.valueKind() != null) {
            query.setIri("_kind", Sparql.OB + filter.valueKind().getValue());
        }
        if (filter.targetMet() != null) {
            query.setLiteral("_met", filter.targetMet());
        }
        if (filter.document() != null) {
            query.setIri("_document", iris.document(filter.document()));
        }
        return query;
    }

    private IndicatorValue value(QuerySolution s) {
        String municipality = Sparql.text(s, "municipality");
        String document = Sparql.text(s, "document");
        String bound = Sparql.obName(s, "bound");
        String printed = Sparql.text(s, "printed");
        String locator = Sparql.text(s, "locator");
        return new IndicatorValue()
                .iri(Sparql.iri(s, "v"))
                .municipality(Sparql.code(municipality))
                .municipalityName(Sparql.name(municipality))
                .indicator(IndicatorQuery.id(Sparql.text(s, "indicator")))
                .indicatorLabel(Sparql.text(s, "indicatorLabel"))
                .unit(Sparql.iri(s, "unit"))
                .year(Sparql.integer(s, "year"))
                .valueKind(ValueKind.fromValue(Sparql.obName(s, "kind")))
                .value(Sparql.decimal(s, "value"))
                .bound(bound == null ? null : Bound.fromValue(bound))
                .targetMet(Sparql.bool(s, "met"))
                .explanation(Sparql.text(s, "explanation"))
                .printedValue(printed == null ? "" : printed)
                .crossChecksPassed(Sparql.bool(s, "checks"))
                .document(Sparql.iri(s, "document"))
                .documentId(document.substring(document.lastIndexOf('/') + 1))
                .locator(locator == null ? "" : locator)
                .table(Sparql.iri(s, "table"));
    }
}
