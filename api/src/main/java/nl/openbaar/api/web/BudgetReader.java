package nl.openbaar.api.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.openbaar.vocab.Municipality;
import nl.openbaar.vocab.OB;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;

/** Budget against realisation of one municipality and fiscal year, table by table, row by row. */
final class BudgetReader {
    private static final String FIGURES = """
            SELECT ?table ?tableTitle ?doc ?docTitle ?programme ?line ?row ?phase ?flow ?amount ?printed ?scale ?locator WHERE {
              ?f a ob:BudgetFigure ; ob:municipality/skos:notation ?code ; ob:fiscalYear ?year ;
                 ob:phase ?phase ; ob:flow ?flow ; ob:amount ?amount ; ob:printedValue ?printed ; ob:sourceLocator ?locator ;
                 prov:wasDerivedFrom ?doc .
              ?doc dct:title ?docTitle .
              OPTIONAL { ?f ob:programme/skos:prefLabel ?programme }
              OPTIONAL { ?f ob:line/skos:prefLabel ?line }
              OPTIONAL { ?f ob:rowLabel ?row }
              OPTIONAL { ?f ob:printedScale ?scale }
              OPTIONAL { ?f ob:table ?table OPTIONAL { ?table dct:title ?tableTitle } }
            }""";
    private static final Map<String, String> FLOWS = Map.of(
            OB.NS + "Expenditure", "Lasten", OB.NS + "Revenue", "Baten", OB.NS + "Balance", "Saldo");
    private static final List<String> FLOW_ORDER = List.of(OB.NS + "Expenditure", OB.NS + "Revenue", OB.NS + "Balance");

    private final StoreQueries queries;
    private final DocumentIds documents;
    private final SectionReader sections;

    BudgetReader(StoreQueries queries, DocumentIds documents, SectionReader sections) {
        this.queries = queries;
        this.documents = documents;
        this.sections = sections;
    }

    /** The query behind the page, with the municipality and year filled in (shown to the reader, runnable as it is). */
    static ParameterizedSparqlString query(Municipality municipality, String year) {
        ParameterizedSparqlString query = StoreQueries.query(FIGURES + " ORDER BY ?doc ?table ?flow ?locator");
        query.setLiteral("code", municipality.code());
        query.setLiteral("year", year, XSDDatatype.XSDgYear);
        return query;
    }

    List<BudgetTable> tables(Municipality municipality, String year) {
        SectionIndex index = sections.index(municipality);
        Map<String, Builder> tables = new LinkedHashMap<>();
        queries.each(query(municipality, year), row -> {
            String flow = StoreQueries.text(row, "flow");
            String doc = StoreQueries.text(row, "doc");
            String table = row.contains("table") ? StoreQueries.text(row, "table") : doc;
            Builder builder = tables.computeIfAbsent(table + " " + flow, k -> new Builder(flow, row));
            builder.add(row, index.link(documents.id(doc), StoreQueries.text(row, "docTitle"), StoreQueries.text(row, "locator")));
        });
        List<BudgetTable> result = new ArrayList<>();
        tables.values().stream()
                .sorted(java.util.Comparator.comparing((Builder b) -> b.document).thenComparing(b -> b.caption)
                        .thenComparing(b -> FLOW_ORDER.indexOf(b.flow)))
                .forEach(b -> result.add(b.build("begroting-" + (result.size() + 1))));
        return result;
    }

    /** Collects the figures of one table and flow into rows keyed by the row's place in the report. */
    private static final class Builder {
        private final String flow;
        private final String caption;
        private final String programme;
        private final String document;
        private final Map<String, RowBuilder> rows = new LinkedHashMap<>();

        Builder(String flow, QuerySolution first) {
            this.flow = flow;
            this.document = StoreQueries.text(first, "docTitle");
            String title = StoreQueries.text(first, "tableTitle");
            this.caption = title == null ? document : title;
            this.programme = StoreQueries.text(first, "programme");
        }

        void add(QuerySolution row, SourceLink source) {
            String line = StoreQueries.text(row, "line");
            String label = line != null ? line : StoreQueries.text(row, "row");
            RowBuilder r = rows.computeIfAbsent(source.locator() + " " + label, k -> new RowBuilder(label == null ? "Totaal" : label, line == null, source));
            Amount amount = new Amount(new BigDecimal(StoreQueries.text(row, "amount")), StoreQueries.text(row, "printed"),
                    StoreQueries.text(row, "scale"));
            String phase = StoreQueries.text(row, "phase");
            if ((OB.NS + "OriginalBudget").equals(phase)) {
                r.original = amount;
            } else if ((OB.NS + "AmendedBudget").equals(phase)) {
                r.amended = amount;
            } else if ((OB.NS + "Actual").equals(phase)) {
                r.actual = amount;
            }
        }

        BudgetTable build(String id) {
            List<BudgetTable.Row> built = rows.values().stream()
                    .sorted(java.util.Comparator.comparing(r -> SectionIndex.Place.of(r.source.locator()).orElse(new SectionIndex.Place(0, 0))))
                    .map(r -> new BudgetTable.Row(r.label, r.total, r.original, r.amended, r.actual, r.source)).toList();
            return new BudgetTable(id, FLOWS.getOrDefault(flow, flow), caption, programme, document, built);
        }
    }

    private static final class RowBuilder {
        final String label;
        final boolean total;
        final SourceLink source;
        Amount original;
        Amount amended;
        Amount actual;

        RowBuilder(String label, boolean total, SourceLink source) {
            this.label = label;
            this.total = total;
            this.source = source;
        }
    }
}
