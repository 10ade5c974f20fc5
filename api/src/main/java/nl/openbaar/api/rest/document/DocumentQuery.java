package nl.openbaar.api.rest.document;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.openbaar.api.rest.Paging;
import nl.openbaar.api.rest.Slice;
import nl.openbaar.api.rest.SortOrder;
import nl.openbaar.api.rest.Sparql;
import nl.openbaar.api.rest.model.Check;
import nl.openbaar.api.rest.model.Document;
import nl.openbaar.api.rest.model.DocumentDetail;
import nl.openbaar.api.rest.model.DocumentLinks;
import nl.openbaar.api.rest.model.ReportKind;
import nl.openbaar.api.rest.model.Table;
import nl.openbaar.store.ReadTransaction;
import nl.openbaar.store.Store;
import nl.openbaar.vocab.Iris;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;

/**
 * Reads the harvested reports ({@code ob:SourceDocument}); with a full-text query only those whose title, section
 * titles or section texts match (jena-text), best match first. One document also comes with its tables and their checks.
 */
public final class DocumentQuery {
    public static final Map<String, String> SORT_FIELDS = SortOrder.fields(
            "municipality", "?municipality", "fiscalYear", "?year", "title", "LCASE(STR(?title))", "id", "?d");
    public static final List<String> DEFAULT_ORDER = List.of("ASC(?municipality)", "ASC(?year)", "ASC(?d)");

    private static final String MATCH = """
            ?d a ob:SourceDocument ; dct:title ?title ; ob:municipality ?municipality ; ob:fiscalYear ?year ; ob:reportKind ?kind .
            """;
    private static final String TEXT_MATCH = """
            { SELECT ?d (MAX(?hitScore) AS ?score) WHERE {
                { (?hit ?hitScore) text:query ?_q . ?hit dct:isPartOf ?d }
                UNION { (?hit ?hitScore) text:query (dct:title ?_q) . ?hit dct:isPartOf ?d }
                UNION { (?d ?hitScore) text:query (dct:title ?_q) . ?d a ob:SourceDocument }
              } GROUP BY ?d }
            """;
    private static final String DETAILS = """
            OPTIONAL { ?d ob:programme/skos:prefLabel ?programme }
            OPTIONAL { ?d dct:issued ?issued }
            OPTIONAL { ?d dct:format ?format }
            OPTIONAL { ?d ob:sha256 ?sha256 }
            OPTIONAL { ?d ob:sourceUrl ?url }
            OPTIONAL { ?section dct:isPartOf ?d ; a ob:Section }
            """;
    private static final String GROUPED = "SELECT ?d ?title ?municipality ?year ?kind ?score (SAMPLE(?programme) AS ?programmeLabel) "
            + "(SAMPLE(?issued) AS ?issuedOn) (SAMPLE(?format) AS ?mediaType) (SAMPLE(?sha256) AS ?hash) (SAMPLE(?url) AS ?sourceUrl) "
            + "(COUNT(DISTINCT ?section) AS ?sections) WHERE {\n";
    private static final String GROUP_BY = "}\nGROUP BY ?d ?title ?municipality ?year ?kind ?score\n";

    private final Store store;
    private final Iris iris;

    public DocumentQuery(Store store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    public Slice<Document> find(DocumentFilter filter, SortOrder order, Paging paging) {
        return store.read(tx -> {
            long total = Sparql.count(tx, query("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE {\n" + where(filter) + "}", filter));
            List<Document> items = Sparql.select(tx, query(pageQuery(filter, order, paging), filter), this::document);
            return new Slice<>(items, total);
        });
    }

    public String pageQuery(DocumentFilter filter, SortOrder order, Paging paging) {
        return query(GROUPED + where(filter) + DETAILS + GROUP_BY + order.orderBy() + Sparql.limit(paging), filter).toString();
    }

    /** The order asked for; with a full-text query, ties are broken by relevance first. */
    public static SortOrder sort(String sort, boolean textQuery) {
        List<String> defaults = new ArrayList<>();
        if (textQuery) {
            defaults.add("DESC(?score)");
        }
        defaults.addAll(DEFAULT_ORDER);
        return SortOrder.parse(sort, SORT_FIELDS, defaults);
    }

    public boolean exists(String id) {
        return store.read(tx -> exists(tx, id));
    }

    boolean exists(ReadTransaction tx, String id) {
        ParameterizedSparqlString ask = new ParameterizedSparqlString(Sparql.PREFIXES
                + "SELECT (COUNT(*) AS ?n) WHERE { ?_d a ob:SourceDocument }");
        ask.setIri("_d", iris.document(id));
        return Sparql.count(tx, ask) > 0;
    }

    /** One document with its tables and their arithmetic checks, when it exists. */
    public Optional<DocumentDetail> find(String id) {
        return store.read(tx -> {
            ParameterizedSparqlString one = new ParameterizedSparqlString(Sparql.PREFIXES + GROUPED + MATCH
                    + "FILTER(?d = ?_d)\n" + DETAILS + GROUP_BY);
            one.setIri("_d", iris.document(id));
            List<Document> found = Sparql.select(tx, one, this::document);
            if (found.isEmpty()) {
                return Optional.<DocumentDetail>empty();
            }
            Document d = found.get(0);
            return Optional.of(new DocumentDetail().iri(d.getIri()).id(d.getId()).title(d.getTitle())
                    .municipality(d.getMunicipality()).municipalityName(d.getMunicipalityName()).fiscalYear(d.getFiscalYear())
                    .reportKind(d.getReportKind()).programme(d.getProgramme()).issued(d.getIssued()).mediaType(d.getMediaType())
                    .sha256(d.getSha256()).sourceUrl(d.getSourceUrl()).sectionCount(d.getSectionCount())
                    .tables(tables(tx, id))
                    .links(new DocumentLinks().sections("/api/v1/documents/" + id + "/sections")
                            .budgetFigures("/api/v1/budget-figures?document=" + id)
                            .indicatorValues("/api/v1/indicator-values?document=" + id)));
        });
    }

    private List<Table> tables(ReadTransaction tx, String id) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(Sparql.PREFIXES + """
                SELECT ?t ?title ?locator ?scale ?checks ?a ?description ?passed WHERE {
                  ?t a ob:Table ; ob:document ?_d .
                  OPTIONAL { ?t dct:title ?title }
                  OPTIONAL { ?t ob:sourceLocator ?locator }
                  OPTIONAL { ?t ob:printedScale ?scale }
                  OPTIONAL { ?t dqv:hasQualityMeasurement ?m . ?m dqv:isMeasurementOf ob:crossChecksPassed ; dqv:value ?checks }
                  OPTIONAL { ?t dqv:hasQualityAnnotation ?a . ?a oa:bodyValue ?description ; ob:checkPassed ?passed }
                } ORDER BY ?t ?a""");
        query.setIri("_d", iris.document(id));
        Map<String, Table> tables = new LinkedHashMap<>();
        for (QuerySolution s : Sparql.select(tx, query, row -> row)) {
            Table table = tables.computeIfAbsent(Sparql.text(s, "t"), iri -> new Table().iri(URI.create(iri))
                    .title(orEmpty(Sparql.text(s, "title"))).locator(orEmpty(Sparql.text(s, "locator")))
                    .printedScale(Sparql.text(s, "scale")).crossChecksPassed(Sparql.bool(s, "checks")).checks(new ArrayList<>()));
            if (s.contains("a")) {
                table.addChecksItem(new Check().iri(Sparql.iri(s, "a")).description(Sparql.text(s, "description"))
                        .passed(Sparql.bool(s, "passed")));
            }
        }
        List<Table> ordered = new ArrayList<>(tables.values());
        ordered.sort(Comparator.comparingInt(t -> trailingNumber(t.getIri().toString())));
        ordered.forEach(t -> t.getChecks().sort(Comparator.comparingInt(c -> trailingNumber(c.getIri().toString()))));
        return ordered;
    }

    private static int trailingNumber(String iri) {
        String last = iri.substring(iri.lastIndexOf('/') + 1);
        return last.matches("\\d{1,9}") ? Integer.parseInt(last) : Integer.MAX_VALUE;
    }

    private static String where(DocumentFilter filter) {
        StringBuilder where = new StringBuilder();
        if (filter.q() != null) {
            where.append(TEXT_MATCH); // first: the index is asked once, not once per document
        }
        where.append(MATCH);
        if (filter.municipality() != null) {
            where.append("FILTER(?municipality = ?_municipality)\n");
        }
        if (filter.year() != null) {
            where.append("FILTER(?year = ?_year)\n");
        }
        if (filter.reportKind() != null) {
            where.append("FILTER(?kind = ?_kind)\n");
        }
        return where.toString();
    }

    private ParameterizedSparqlString query(String body, DocumentFilter filter) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(Sparql.PREFIXES + body);
        if (filter.q() != null) {
            query.setLiteral("_q", TextQueries.check(filter.q()));
        }
        if (filter.municipality() != null) {
            query.setIri("_municipality", filter.municipality().iri());
        }
        if (filter.year() != null) {
            query.setLiteral("_year", String.valueOf(filter.year()), XSDDatatype.XSDgYear);
        }
        if (filter.reportKind() != null) {
            query.setIri("_kind", Sparql.OB + filter.reportKind().getValue());
        }
        return query;
    }

    private Document document(QuerySolution s) {
        String iri = Sparql.text(s, "d");
        String id = iri.substring(iri.lastIndexOf('/') + 1);
        String municipality = Sparql.text(s, "municipality");
        String issued = Sparql.text(s, "issuedOn");
        return new Document()
                .iri(URI.create(iri))
                .id(id)
                .title(Sparql.text(s, "title"))
                .municipality(Sparql.code(municipality))
                .municipalityName(Sparql.name(municipality))
                .fiscalYear(Sparql.integer(s, "year"))
                .reportKind(ReportKind.fromValue(Sparql.obName(s, "kind")))
                .programme(Sparql.text(s, "programmeLabel"))
                .issued(issued == null || !issued.matches("\\d{4}-\\d{2}-\\d{2}") ? null : LocalDate.parse(issued))
                .mediaType(Sparql.text(s, "mediaType"))
                .sha256(Sparql.text(s, "hash"))
                .sourceUrl(Sparql.iri(s, "sourceUrl"))
                .sectionCount(Sparql.integer(s, "sections"))
                .href("/api/v1/documents/" + id);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
