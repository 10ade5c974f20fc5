package nl.openbaar.harvester.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.openbaar.harvester.HarvestOutcome;
import nl.openbaar.harvester.Harvester;
import nl.openbaar.harvester.source.ReportKind;
import nl.openbaar.harvester.source.Source;
import nl.openbaar.store.TdbStore;
import nl.openbaar.vocab.Iris;
import nl.openbaar.vocab.Municipalities;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cross-checks of each table are in the store as DQV annotations and measurements, failures flagged, never corrected. */
class QualityAnnotationsTest {
    private static final String PREFIXES = """
            PREFIX ob: <https://w3id.org/openbaar/def#>
            PREFIX dqv: <http://www.w3.org/ns/dqv#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            PREFIX qb: <http://purl.org/linked-data/cube#>
            """;

    @TempDir
    static Path dir;
    private static TdbStore store;

    @BeforeAll
    static void harvestNieuwkoop() throws IOException {
        Path file = dir.resolve("nieuwkoop_2019_jaarverslag.txt");
        try (InputStream in = QualityAnnotationsTest.class.getResourceAsStream("/reports-dev/nieuwkoop_2019_jaarverslag.txt")) {
            Files.copy(in, file);
        }
        store = TdbStore.open(dir.resolve("tdb2"));
        Source source = new Source("nieuwkoop-2019", Optional.of(file), Optional.empty(), Municipalities.official().require("GM0569"), 2019,
                ReportKind.JAARVERSLAG, "Sociaal domein", Optional.empty(), "Jaarstukken 2019 Nieuwkoop", Optional.empty());
        assertEquals(HarvestOutcome.Status.HARVESTED, new Harvester(store, new Iris(Iris.DEFAULT_BASE)).harvest(source).status());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<String> select(String query, String variable) {
        return store.read(tx -> {
            List<String> values = new ArrayList<>();
            try (var execution = tx.query(QueryFactory.create(PREFIXES + query))) {
                execution.execSelect().forEachRemaining(s -> values.add(s.get(variable).isLiteral()
                        ? s.get(variable).asLiteral().getLexicalForm() : s.get(variable).toString()));
            }
            return values;
        });
    }

    @Test
    void everyCheckIsAQualityAnnotationOnItsTable() {
        List<String> checks = select("""
                SELECT ?text WHERE { ?table a ob:Table ; dqv:hasQualityAnnotation ?a .
                  ?a a dqv:QualityAnnotation ; oa:hasTarget ?table ; oa:bodyValue ?text ; ob:checkPassed true }""", "text");
        assertTrue(checks.stream().anyMatch(t -> t.contains("Afwijking 2019 370.918")), checks.toString());
    }

    @Test
    void aVerschilThatDoesNotAddUpIsFlaggedAndTheFigureKeptAsPrinted() {
        List<String> failed = select("""
                SELECT ?text WHERE { ?a a dqv:QualityAnnotation ; oa:bodyValue ?text ; ob:checkPassed false }""", "text");
        assertTrue(failed.stream().anyMatch(t -> t.contains("'Onttrekkingen' Afwijking 2019 -12.153")), failed.toString());
        List<String> printed = select("""
                SELECT ?p WHERE { ?f a ob:BudgetFigure ; ob:rowLabel "Onttrekkingen" ; ob:phase ob:Actual ; ob:printedValue ?p }""", "p");
        assertEquals(List.of("-436.098"), printed);
    }

    @Test
    void aScaleThatIsNotPrintedIsAQualityAnnotationThatGivesItsEvidence() {
        List<String> notes = select("""
                SELECT ?text WHERE { ?table a ob:Table ; dqv:hasQualityAnnotation ?a .
                  ?a a dqv:QualityAnnotation ; oa:hasTarget ?table ; oa:bodyValue ?text FILTER NOT EXISTS { ?a ob:checkPassed ?p } }
                ORDER BY ?text""", "text");
        assertEquals(2, notes.size(), notes.toString());
        assertTrue(notes.get(0).startsWith("No scale is printed; the figures are read as euros"), notes.toString());
        assertTrue(notes.get(1).startsWith("No scale is printed; the figures are read as x 1000 euros, inferred because its largest"
                + " amount, 24880, would be less than € 100.000 in euros"), notes.toString());
    }

    @Test
    void theTableAndTheDatasetCarryAMeasurementOfWhetherAllChecksPassed() {
        List<String> tables = select("""
                SELECT ?v WHERE { ?t a ob:Table ; dqv:hasQualityMeasurement ?m .
                  ?m a dqv:QualityMeasurement ; dqv:isMeasurementOf ob:crossChecksPassed ; dqv:computedOn ?t ; dqv:value ?v }""", "v");
        assertTrue(tables.stream().anyMatch(v -> v.equals("false")), tables.toString());
        List<String> datasets = select("""
                SELECT ?v WHERE { ?d a qb:DataSet ; dqv:hasQualityMeasurement [ dqv:isMeasurementOf ob:crossChecksPassed ; dqv:value ?v ] }""", "v");
        assertEquals(1, datasets.size(), datasets.toString());
        assertTrue(datasets.get(0).equals("false"), datasets.toString());
    }
}
