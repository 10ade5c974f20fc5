package nl.openbaar.harvester.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.openbaar.harvester.Harvester;
import nl.openbaar.harvester.source.Manifest;
import nl.openbaar.store.TdbStore;
import nl.openbaar.vocab.Iris;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog of the bundled datasets against the official DCAT-AP 3.0.1 / DCAT-AP-NL 3.0 and Data Cube shapes. */
class CatalogValidationTest {
    private static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);
    private static final CatalogValidator VALIDATOR = new CatalogValidator();

    @TempDir
    static Path data;
    private static TdbStore store;
    private static CatalogCheck check;

    @BeforeAll
    static void harvest() {
        store = TdbStore.open(data.resolve("tdb2"));
        Harvester harvester = new Harvester(store, IRIS);
        Manifest.read(Path.of("..", "datasets", "manifest.yaml")).sources().forEach(harvester::harvest);
        check = new Catalog(store, IRIS, VALIDATOR).refresh();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void theCatalogHasNoViolationsOfDcatApAndDcatApNl() {
        assertEquals(List.of(), check.dcatViolations());
    }

    @Test
    void everyCubeHoldsTheDataCubeIntegrityConstraints() {
        assertEquals(List.of(), check.cubeViolations());
    }

    @Test
    void theCatalogListsADocumentDatasetPerReportAndADatasetPerCubeWithObservations() {
        String query = """
                PREFIX dcat: <http://www.w3.org/ns/dcat#>
                PREFIX qb: <http://purl.org/linked-data/cube#>
                PREFIX ob: <https://w3id.org/openbaar/def#>
                SELECT (COUNT(DISTINCT ?doc) AS ?documents) (COUNT(DISTINCT ?cube) AS ?cubes) (COUNT(DISTINCT ?dataset) AS ?datasets) WHERE {
                  { ?doc a ob:SourceDocument } UNION { ?o qb:dataSet ?cube } UNION { GRAPH <%s> { ?dataset a dcat:Dataset } }
                }""".formatted(IRIS.catalogGraph());
        var counts = store.read(tx -> {
            try (var execution = tx.query(org.apache.jena.query.QueryFactory.create(query))) {
                return execution.execSelect().next();
            }
        });
        int documents = counts.getLiteral("documents").getInt();
        assertEquals(Manifest.read(Path.of("..", "datasets", "manifest.yaml")).sources().size(), documents);
        // and one for the Woo register
        assertEquals(documents + counts.getLiteral("cubes").getInt() + 1, counts.getLiteral("datasets").getInt());
    }

    @Test
    void aDatasetWithoutPublisherOrThemeIsCaught() {
        Model broken = store.read(tx -> tx.graph(IRIS.catalogGraph()));
        Resource dataset = broken.getResource(IRIS.budgetDataset("hilversum-2022-jaarrekening-burgerzaken"));
        broken.removeAll(dataset, DCTerms.publisher, null);
        broken.removeAll(dataset, DCAT.theme, null);
        var report = VALIDATOR.validateCatalog(broken);
        assertFalse(report.conforms());
        assertTrue(report.getEntries().stream().anyMatch(e -> e.focusNode().getURI().equals(dataset.getURI())
                && e.resultPath().toString().contains("publisher")), report.getEntries().toString());
        assertTrue(report.getEntries().stream().anyMatch(e -> e.resultPath().toString().contains("theme")));
    }

    @Test
    void twoObservationsWithTheSameKeyAreCaught() {
        Model observations = store.read(tx -> tx.graph(IRIS.graph("hilversum-2022-jaarrekening-burgerzaken")));
        Resource original = observations.getResource(IRIS.budgetFigure("hilversum-2022-jaarrekening-burgerzaken", 1, 0, 0));
        Resource copy = observations.createResource(original.getURI() + "-copy");
        original.listProperties().toList().forEach(s -> copy.addProperty(s.getPredicate(), s.getObject()));
        assertFalse(VALIDATOR.validateCubes(observations).conforms());
    }
}
