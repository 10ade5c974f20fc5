package nl.openbaar.api.rest.municipality;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import nl.openbaar.api.rest.Paging;
import nl.openbaar.api.rest.Slice;
import nl.openbaar.api.rest.SortOrder;
import nl.openbaar.api.rest.Sparql;
import nl.openbaar.api.rest.document.DocumentFilter;
import nl.openbaar.api.rest.document.DocumentQuery;
import nl.openbaar.api.rest.model.Document;
import nl.openbaar.api.rest.model.Municipality;
import nl.openbaar.api.rest.model.MunicipalityDetail;
import nl.openbaar.api.rest.model.MunicipalityLinks;
import nl.openbaar.store.Store;
import nl.openbaar.vocab.Iris;
import nl.openbaar.vocab.Municipalities;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;

/**
 * Reads the municipalities that have harvested reports (with the years they cover), and any municipality of the TOOI
 * list with its reports.
 */
public final class MunicipalityQuery {
    public static final Map<String, String> SORT_FIELDS = SortOrder.fields("code", "?m", "name", "?sortName");
    public static final List<String> DEFAULT_ORDER = List.of("ASC(?m)");

    private static final String MATCH = "?d a ob:SourceDocument ; ob:municipality ?m ; ob:fiscalYear ?year .\n";

    private final Store store;
    private final DocumentQuery documents;

    public MunicipalityQuery(Store store, Iris iris) {
        this.store = store;
        this.documents = new DocumentQuery(store, iris);
    }

    public Slice<Municipality> find(SortOrder order, Paging paging) {
        return store.read(tx -> {
            long total = Sparql.count(tx, new ParameterizedSparqlString(Sparql.PREFIXES
                    + "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE {\n" + MATCH + "}"));
            List<Municipality> items = Sparql.select(tx, new ParameterizedSparqlString(pageQuery(order, paging)), this::municipality);
            return new Slice<>(items, total);
        });
    }

    public String pageQuery(SortOrder order, Paging paging) {
        return Sparql.PREFIXES + "SELECT ?m (GROUP_CONCAT(DISTINCT STR(?year); separator=\" \") AS ?years) "
                + "(COUNT(DISTINCT ?d) AS ?documents) (LCASE(SAMPLE(STR(?name))) AS ?sortName) WHERE {\n" + MATCH
                + "OPTIONAL { ?m skos:prefLabel ?name }\n}\nGROUP BY ?m\n" + order.orderBy() + Sparql.limit(paging);
    }

    public static SortOrder sort(String sort) {
        return SortOrder.parse(sort, SORT_FIELDS, DEFAULT_ORDER);
    }

    /** A municipality of the TOOI list by CBS code, with its reports (none when nothing was harvested). */
    public Optional<MunicipalityDetail> find(String code) {
        return Municipalities.official().byCode(code).map(m -> {
            List<Document> reports = documents.find(DocumentFilter.of(m), DocumentQuery.sort(null, false),
                    new Paging(1, Paging.MAX_PAGE_SIZE)).items();
            return new MunicipalityDetail()
                    .iri(java.net.URI.create(m.iri()))
                    .code(m.code())
                    .name(m.name())
                    .fiscalYears(reports.stream().map(Document::getFiscalYear).collect(java.util.stream.Collectors.toCollection(TreeSet::new))
                            .stream().toList())
                    .documents(reports)
                    .links(new MunicipalityLinks()
                            .budgetFigures("/api/v1/budget-figures?municipality=" + m.code())
                            .indicatorValues("/api/v1/indicator-values?municipality=" + m.code())
                            .documents("/api/v1/documents?municipality=" + m.code())
                            .datasets("/api/v1/datasets?municipality=" + m.code()));
        });
    }

    private Municipality municipality(QuerySolution s) {
        String iri = Sparql.text(s, "m");
        String code = Sparql.code(iri);
        return new Municipality()
                .iri(java.net.URI.create(iri))
                .code(code)
                .name(Sparql.name(iri))
                .fiscalYears(Arrays.stream(Sparql.text(s, "years").split(" ")).map(Integer::valueOf).sorted().distinct().toList())
                .documentCount(Sparql.integer(s, "documents"))
                .href("/api/v1/municipalities/" + code);
    }
}
