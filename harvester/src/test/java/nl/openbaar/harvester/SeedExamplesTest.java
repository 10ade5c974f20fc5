package nl.openbaar.harvester;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.openbaar.store.TdbStore;
import nl.openbaar.vocab.Iris;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples named in the foundation issue, each asked of the store the way a journalist would ask it. */
class SeedExamplesTest {
    private static final String PREFIXES = """
            PREFIX ob: <https://w3id.org/openbaar/def#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    @TempDir
    static Path data;
    private static TdbStore store;

    @BeforeAll
    static void harvest() {
        store = TdbStore.open(data.resolve("tdb2"));
        Harvester harvester = new Harvester(store, new Iris(Iris.DEFAULT_BASE));
        BundledDatasets.sources().forEach(harvester::harvest);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void hilversumRealisedRevenue2022IsOneAndAHalfMillionPrintedNegative() {
        List<Map<String, String>> rows = select("""
                SELECT ?amount ?printed ?scale WHERE {
                  ?f a ob:BudgetFigure ; ob:municipality <https://identifier.overheid.nl/tooi/id/gemeente/gm0402> ;
                     ob:fiscalYear "2022"^^xsd:gYear ; ob:phase ob:Actual ; ob:flow ob:Revenue ;
                     ob:amount ?amount ; ob:printedValue ?printed ; ob:printedScale ?scale .
                }""");
        assertEquals(1, rows.size());
        assertEquals(0, new java.math.BigDecimal(rows.get(0).get("amount")).compareTo(new java.math.BigDecimal("1500000")));
        assertEquals("-1.500", rows.get(0).get("printed"));
        assertEquals("x € 1.000", rows.get(0).get("scale"));
    }

    @Test
    void middenGroningenBurgerzakenRealisedExpenditure2021() {
        List<Map<String, String>> rows = select("""
                SELECT ?amount WHERE {
                  ?f a ob:BudgetFigure ; ob:municipality/skos:notation "GM1952" ; ob:fiscalYear "2021"^^xsd:gYear ;
                     ob:phase ob:Actual ; ob:flow ob:Expenditure ; ob:line/skos:prefLabel "Burgerzaken"@nl ; ob:amount ?amount .
                }""");
        assertEquals(List.of(Map.of("amount", "1311000.0")), rows);
    }

    @Test
    void zoetermeerSatisfaction2021MissedItsTargetWithTheExplanationGiven() {
        List<Map<String, String>> rows = select("""
                SELECT ?realised ?target ?met ?explanation WHERE {
                  ?i rdfs:label "Gemiddeld rapportcijfer tevredenheid gehele dienstverlening"@nl .
                  ?r ob:indicator ?i ; ob:year "2021"^^xsd:gYear ; ob:valueKind ob:Realised ; ob:value ?realised ;
                     ob:targetMet ?met ; ob:explanation ?explanation .
                  ?t ob:indicator ?i ; ob:year "2021"^^xsd:gYear ; ob:valueKind ob:Target ; ob:value ?target .
                }""");
        assertEquals(1, rows.size());
        assertEquals("7.0", rows.get(0).get("realised"));
        assertEquals("7.2", rows.get(0).get("target"));
        assertEquals("false", rows.get(0).get("met"));
        assertTrue(rows.get(0).get("explanation").startsWith("De oorzaak is niet bekend"), rows.get(0).get("explanation"));
    }

    @Test
    void groningenWaitingTimeIsSixAndAHalfMinutesIn2019AgainstAtMostFiveIn2021() {
        List<Map<String, String>> rows = select("""
                SELECT ?year ?kind ?value ?printed ?bound ?unit WHERE {
                  ?i rdfs:label "Gemiddelde wachttijd balie (op afspraak)"@nl ; ob:unit ?unit .
                  ?v ob:indicator ?i ; ob:year ?year ; ob:valueKind ?kind ; ob:value ?value ; ob:printedValue ?printed .
                  OPTIONAL { ?v ob:bound ?bound }
                  FILTER (?year IN ("2019"^^xsd:gYear, "2021"^^xsd:gYear))
                } ORDER BY ?year""");
        assertEquals(2, rows.size());
        assertEquals(Map.of("year", "2019", "kind", "https://w3id.org/openbaar/def#Realised", "value", "6.5", "printed", "6:30",
                "unit", "http://qudt.org/vocab/unit/MIN"), rows.get(0));
        assertEquals(Map.of("year", "2021", "kind", "https://w3id.org/openbaar/def#Target", "value", "5.0", "printed", "Maximaal 5 min",
                "bound", "https://w3id.org/openbaar/def#AtMost", "unit", "http://qudt.org/vocab/unit/MIN"), rows.get(1));
    }

    @Test
    void everyFigureNamesThePageLineAndTableItCameFrom() {
        List<Map<String, String>> rows = select("""
                SELECT ?f WHERE {
                  { ?f a ob:BudgetFigure } UNION { ?f a ob:IndicatorValue }
                  FILTER NOT EXISTS { ?f ob:sourceLocator ?l ; ob:table/ob:document ?d ; <http://www.w3.org/ns/prov#wasDerivedFrom> ?d .
                                      FILTER (STRSTARTS(?l, "line ")) }
                }""");
        assertEquals(List.of(), rows);
    }

    private static List<Map<String, String>> select(String query) {
        return store.read(tx -> {
            List<Map<String, String>> rows = new java.util.ArrayList<>();
            try (var execution = tx.query(QueryFactory.create(PREFIXES + query))) {
                execution.execSelect().forEachRemaining(s -> {
                    Map<String, String> row = new java.util.TreeMap<>();
                    s.varNames().forEachRemaining(v -> {
                        var node = s.get(v);
                        row.put(v, node.isLiteral() ? node.asLiteral().getLexicalForm() : node.asResource().getURI());
                    });
                    rows.add(row);
                });
            }
            return rows;
        });
    }
}
