package nl.openbaar.api.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.openbaar.api.rest.Paging;
import nl.openbaar.api.rest.document.DocumentFilter;
import nl.openbaar.api.rest.document.DocumentQuery;
import nl.openbaar.vocab.Municipality;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;

/** Reports: the list of one municipality's, and one report with its sections and the figures taken from each. */
final class DocumentReader {
    private static final String DOCUMENT = """
            SELECT ?title ?code ?name ?year ?kind ?format ?issued ?sha ?url WHERE {
              ?doc a ob:SourceDocument ; dct:title ?title .
              OPTIONAL { ?doc dct:publisher ?m . ?m skos:notation ?code OPTIONAL { ?m skos:prefLabel ?name } }
              OPTIONAL { ?doc ob:fiscalYear ?year }
              OPTIONAL { ?doc ob:reportKind ?kind }
              OPTIONAL { ?doc dct:format ?format }
              OPTIONAL { ?doc dct:issued ?issued }
              OPTIONAL { ?doc ob:sha256 ?sha }
              OPTIONAL { ?doc ob:sourceUrl ?url }
            } LIMIT 1""";
    private static final String SECTIONS = """
            SELECT ?position ?title ?text ?locator WHERE {
              ?s dct:isPartOf ?doc ; ob:position ?position .
              OPTIONAL { ?s dct:title ?title }
              OPTIONAL { ?s ob:text ?text }
              OPTIONAL { ?s ob:sourceLocator ?locator }
            } ORDER BY ?position""";
    private static final String FIGURES = """
            SELECT ?f ?subject ?row ?phase ?flow ?amount ?fiscalYear ?kind ?value ?year ?printed ?scale ?locator WHERE {
              { ?f a ob:BudgetFigure ; prov:wasDerivedFrom ?doc ; ob:phase ?phase ; ob:flow ?flow ; ob:amount ?amount ;
                   ob:fiscalYear ?fiscalYear ; ob:printedValue ?printed ; ob:sourceLocator ?locator .
                OPTIONAL { ?f ob:line/skos:prefLabel ?subject }
                OPTIONAL { ?f ob:rowLabel ?row }
                OPTIONAL { ?f ob:printedScale ?scale } }
              UNION
              { ?f a ob:IndicatorValue ; prov:wasDerivedFrom ?doc ; ob:valueKind ?kind ; ob:value ?value ; ob:year ?year ;
                   ob:printedValue ?printed ; ob:sourceLocator ?locator .
                OPTIONAL { ?f ob:indicator/rdfs:label ?subject } }
            }""";

    private final StoreQueries queries;
    private final DocumentIds ids;
    private final DocumentQuery list;

    DocumentReader(StoreQueries queries, DocumentIds ids, DocumentQuery list) {
        this.queries = queries;
        this.ids = ids;
        this.list = list;
    }

    /** A municipality's reports, newest year first, as /api/v1/documents lists them. */
    List<DocumentSummary> of(Municipality municipality) {
        return list.find(DocumentFilter.of(municipality), DocumentQuery.sort(null, false), Paging.first(Paging.MAX_PAGE_SIZE)).items()
                .stream()
                .map(d -> new DocumentSummary(d.getId(), d.getTitle(), d.getFiscalYear() == null ? null : String.valueOf(d.getFiscalYear()),
                        d.getReportKind() == null ? "" : Terms.dutch(nl.openbaar.vocab.OB.NS + d.getReportKind().getValue())))
                .sorted(Comparator.comparing((DocumentSummary d) -> d.year() == null ? "" : d.year()).reversed()
                        .thenComparing(DocumentSummary::title))
                .toList();
    }

    Optional<DocumentView> byId(String id) {
        Optional<String> iri = ids.iri(id);
        if (iri.isEmpty()) {
            return Optional.empty();
        }
        ParameterizedSparqlString about = StoreQueries.query(DOCUMENT);
        about.setIri("doc", iri.get());
        List<Map<String, String>> found = queries.select(about, row -> texts(row, "title", "code", "name", "year", "kind", "format",
                "issued", "sha", "url"));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> doc = found.get(0);
        ParameterizedSparqlString sectionQuery = StoreQueries.query(SECTIONS);
        sectionQuery.setIri("doc", iri.get());
        SectionIndex index = new SectionIndex();
        List<Map<String, String>> sectionRows = queries.select(sectionQuery, row -> texts(row, "position", "title", "text", "locator"));
        sectionRows.forEach(row -> index.add(id, Integer.parseInt(row.get("position")), row.get("title"), row.get("locator")));
        Map<Integer, List<DocumentView.Figure>> bySection = new TreeMap<>();
        List<DocumentView.Figure> before = new ArrayList<>();
        ParameterizedSparqlString figureQuery = StoreQueries.query(FIGURES);
        figureQuery.setIri("doc", iri.get());
        List<Placed> figures = queries.select(figureQuery, row -> new Placed(figure(row), StoreQueries.text(row, "locator")));
        figures.sort(Comparator.comparing((Placed p) -> SectionIndex.Place.of(p.locator).orElse(new SectionIndex.Place(0, 0)))
                .thenComparing(p -> p.figure.measure()));
        for (Placed placed : figures) {
            index.sectionOf(id, placed.locator).ifPresentOrElse(
                    s -> bySection.computeIfAbsent(s.position(), k -> new ArrayList<>()).add(placed.figure),
                    () -> before.add(placed.figure));
        }
        List<DocumentView.Section> sections = sectionRows.stream().map(row -> {
            int position = Integer.parseInt(row.get("position"));
            String title = row.get("title");
            return new DocumentView.Section(position, title == null ? "Sectie " + position : title, row.get("text"),
                    row.get("locator"), bySection.getOrDefault(position, List.of()));
        }).toList();
        return Optional.of(new DocumentView(id, doc.get("title"), doc.get("code"), doc.get("name"), doc.get("year"),
                Terms.dutch(doc.get("kind")), doc.get("format"), doc.get("issued"), doc.get("sha"), doc.get("url"), sections, before));
    }

    /** The row's values as text, copied while the transaction is open. */
    private static Map<String, String> texts(QuerySolution row, String... vars) {
        Map<String, String> values = new java.util.HashMap<>();
        for (String var : vars) {
            values.put(var, StoreQueries.text(row, var));
        }
        return values;
    }

    private DocumentView.Figure figure(QuerySolution row) {
        String subject = StoreQueries.text(row, "subject");
        String printed = StoreQueries.text(row, "printed");
        String iri = ids.local(StoreQueries.text(row, "f"));
        if (row.contains("amount")) {
            String scale = StoreQueries.text(row, "scale");
            return new DocumentView.Figure(subject != null ? subject : StoreQueries.text(row, "row"),
                    Terms.dutch(StoreQueries.text(row, "flow")) + ", " + Terms.dutch(StoreQueries.text(row, "phase")) + " "
                            + StoreQueries.text(row, "fiscalYear"),
                    Dutch.euros(new BigDecimal(StoreQueries.text(row, "amount"))), scale == null ? printed : printed + " (" + scale + ")",
                    StoreQueries.text(row, "locator"), iri);
        }
        BigDecimal value = new BigDecimal(StoreQueries.text(row, "value"));
        return new DocumentView.Figure(subject, Terms.dutch(StoreQueries.text(row, "kind")) + " " + StoreQueries.text(row, "year"),
                Dutch.number(value, Dutch.decimalsOf(value)), printed, StoreQueries.text(row, "locator"), iri);
    }

    private record Placed(DocumentView.Figure figure, String locator) {
    }
}
