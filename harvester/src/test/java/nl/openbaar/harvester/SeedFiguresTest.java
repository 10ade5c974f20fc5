package nl.openbaar.harvester;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.openbaar.harvester.source.Source;
import nl.openbaar.store.TdbStore;
import nl.openbaar.vocab.Iris;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every budget figure and indicator value printed in the seed tables is in the store, with the right municipality,
 * year, phase or value kind, flow, amount or value and printed value, and nothing else is. The expectations in
 * {@code seed-expectations/} were written by hand from the seed text.
 */
class SeedFiguresTest {
    private static final String PREFIXES = """
            PREFIX ob: <https://w3id.org/openbaar/def#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;
    private static final String BUDGET = PREFIXES + """
            SELECT ?code ?year ?programme ?line ?phase ?flow ?amount ?printed ?scale ?inferred WHERE {
              GRAPH ?g {
                ?f a ob:BudgetFigure ; ob:municipality ?m ; ob:fiscalYear ?year ; ob:programme ?p ; ob:phase ?phase ;
                   ob:flow ?flow ; ob:amount ?amount ; ob:printedValue ?printed ; ob:scaleInferred ?inferred .
                ?m skos:notation ?code . ?p skos:prefLabel ?programme .
                OPTIONAL { ?f ob:line/skos:prefLabel ?line }
                OPTIONAL { ?f ob:printedScale ?scale }
              }
            }""";
    private static final String INDICATORS = PREFIXES + """
            SELECT ?code ?year ?programme ?indicator ?kind ?value ?bound ?met ?printed WHERE {
              GRAPH ?g {
                ?v a ob:IndicatorValue ; ob:municipality ?m ; ob:programme ?p ; ob:indicator ?i ; ob:valueKind ?kind ;
                   ob:value ?value ; ob:printedValue ?printed .
                ?m skos:notation ?code . ?p skos:prefLabel ?programme . ?i rdfs:label ?indicator .
                OPTIONAL { ?v ob:year ?year }
                OPTIONAL { ?v ob:bound ?bound }
                OPTIONAL { ?v ob:targetMet ?met }
              }
            }""";

    @TempDir
    static Path data;
    private static TdbStore store;
    private static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);

    @BeforeAll
    static void harvestTheSeeds() {
        store = TdbStore.open(data.resolve("tdb2"));
        Harvester harvester = new Harvester(store, IRIS);
        for (Source source : BundledDatasets.sources()) {
            assertEquals(HarvestOutcome.Status.HARVESTED, harvester.harvest(source).status(), source.id());
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(strings = {"000_c7747ba76b6f5d34", "001_0417af579b3d961c", "002_6108e823dee11cb3", "003_811cda36fe58a868",
            "004_b1e1bcdbb5565e5f"})
    void storesExactlyTheFiguresPrintedInTheSeedTables(String seed) throws Exception {
        Source source = BundledDatasets.source(seed);
        TreeSet<String> expected = expected(seed);
        TreeSet<String> stored = new TreeSet<>();
        stored.addAll(query(BUDGET, source, SeedFiguresTest::budgetRow));
        stored.addAll(query(INDICATORS, source, SeedFiguresTest::indicatorRow));
        assertEquals(String.join("\n", expected), String.join("\n", stored));
    }

    private interface RowFormat {
        String row(QuerySolution solution);
    }

    private static List<String> query(String sparql, Source source, RowFormat format) {
        String graph = "<" + IRIS.graph(source.id()) + ">";
        String bound = sparql.replace("GRAPH ?g", "GRAPH " + graph);
        return store.read(tx -> {
            List<String> rows = new ArrayList<>();
            try (var execution = tx.query(QueryFactory.create(bound))) {
                ResultSet results = execution.execSelect();
                results.forEachRemaining(s -> rows.add(format.row(s)));
            }
            return rows;
        });
    }

    private static String budgetRow(QuerySolution s) {
        String scale = s.getLiteral("inferred").getBoolean() ? "implicit x1000" : text(s.get("scale"));
        return String.join("|", "budget", text(s.get("code")), text(s.get("year")), text(s.get("programme")), text(s.get("line")),
                local(s.get("phase")), local(s.get("flow")), number(text(s.get("amount"))), text(s.get("printed")), scale);
    }

    private static String indicatorRow(QuerySolution s) {
        return String.join("|", "kpi", text(s.get("code")), text(s.get("year")), text(s.get("programme")), text(s.get("indicator")),
                local(s.get("kind")), number(text(s.get("value"))), local(s.get("bound")), text(s.get("met")), text(s.get("printed")));
    }

    private static TreeSet<String> expected(String seed) throws Exception {
        TreeSet<String> rows = new TreeSet<>();
        try (InputStream in = SeedFiguresTest.class.getResourceAsStream("/seed-expectations/" + seed + ".expected.csv");
             MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                     .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            while (it.hasNext()) {
                Map<String, String> r = it.next();
                if (r.get("kind").equals("budget")) {
                    rows.add(String.join("|", "budget", r.get("municipality"), r.get("year"), r.get("programme"), r.get("line"),
                            r.get("phase"), r.get("flow"), number(r.get("value")), r.get("printed_value"), r.get("scale")));
                } else {
                    rows.add(String.join("|", "kpi", r.get("municipality"), r.get("year"), r.get("programme"), r.get("indicator"),
                            r.get("value_kind"), number(r.get("value")), r.get("bound"), r.get("target_met"), r.get("printed_value")));
                }
            }
        }
        return rows;
    }

    private static String text(RDFNode node) {
        if (node == null) {
            return "";
        }
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.asResource().getURI();
    }

    private static String local(RDFNode node) {
        return node == null ? "" : node.asResource().getLocalName();
    }

    private static String number(String text) {
        return text.isEmpty() ? "" : new BigDecimal(text).stripTrailingZeros().toPlainString();
    }
}
