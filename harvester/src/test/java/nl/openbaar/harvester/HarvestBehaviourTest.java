package nl.openbaar.harvester;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.openbaar.harvester.catalog.Catalog;
import nl.openbaar.harvester.catalog.CatalogValidator;
import nl.openbaar.harvester.report.ParsedReport;
import nl.openbaar.harvester.source.Source;
import nl.openbaar.store.Store;
import nl.openbaar.store.TdbStore;
import nl.openbaar.vocab.Iris;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HarvestBehaviourTest {
    private static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);

    @TempDir
    Path data;

    @Test
    void aReportWithoutTablesBecomesADocumentWithSectionsAndNoFigures() {
        try (TdbStore store = TdbStore.open(data.resolve("tdb2"))) {
            HarvestOutcome outcome = new Harvester(store, IRIS).harvest(BundledDatasets.source("001_"));
            ParsedReport report = outcome.report().orElseThrow();
            assertTrue(report.tables().isEmpty());
            assertTrue(report.figures().isEmpty() && report.indicatorValues().isEmpty());
            assertTrue(report.sections().size() >= 2, "sections: " + report.sections());
            assertTrue(report.sections().stream().anyMatch(s -> s.text().contains("GovUnited")));
            Model graph = store.read(tx -> tx.graph(IRIS.graph(outcome.source().id())));
            assertTrue(graph.contains(null, org.apache.jena.vocabulary.RDF.type, nl.openbaar.vocab.OB.Section));
            assertFalse(graph.contains(null, org.apache.jena.vocabulary.RDF.type, nl.openbaar.vocab.OB.BudgetFigure));
        }
    }

    @Test
    void theHarvestOutputSaysThatAReportHasNoTables() {
        try (TdbStore store = TdbStore.open(data.resolve("tdb2"))) {
            StringWriter out = new StringWriter();
            new ManifestHarvest(new Harvester(store, IRIS), new Catalog(store, IRIS, new CatalogValidator()), new HarvestReport(new PrintWriter(out)))
                    .harvestAll(List.of(BundledDatasets.source("001_")));
            assertTrue(out.toString().contains("no tables found: the document is stored as sections only, with no figures"), out.toString());
            assertTrue(out.toString().contains("0 budget figures, 0 indicator values"), out.toString());
            assertTrue(out.toString().contains("catalog: 0 DCAT-AP(-NL) violations, 0 Data Cube integrity violations"), out.toString());
        }
    }

    @Test
    void harvestingAllFiveTwiceLeavesExactlyTheSameTriples() {
        try (TdbStore store = TdbStore.open(data.resolve("tdb2"))) {
            Harvester harvester = new Harvester(store, IRIS);
            BundledDatasets.sources().forEach(harvester::harvest);
            Set<String> first = quads(store);
            List<HarvestOutcome> again = BundledDatasets.sources().stream().map(harvester::harvest).toList();
            assertTrue(again.stream().allMatch(o -> o.status() == HarvestOutcome.Status.UNCHANGED));
            assertEquals(first, quads(store));
        }
    }

    @Test
    void harvestingTheSameSourcesIntoAnotherStoreGivesTheSameTriples() {
        try (TdbStore one = TdbStore.open(data.resolve("one")); TdbStore two = TdbStore.open(data.resolve("two"))) {
            BundledDatasets.sources().forEach(new Harvester(one, IRIS)::harvest);
            BundledDatasets.sources().forEach(new Harvester(two, IRIS)::harvest);
            Set<String> quads = quads(one);
            assertTrue(quads.size() > 2000, "quads: " + quads.size());
            assertEquals(quads, quads(two));
        }
    }

    @Test
    void aChangedSourceReplacesItsGraph() throws Exception {
        Source source = copied(BundledDatasets.source("000_").file().orElseThrow(), "report.txt");
        try (TdbStore store = TdbStore.open(data.resolve("tdb2"))) {
            Harvester harvester = harvestedOnce(store, source);
            Path file = source.file().orElseThrow();
            Files.writeString(file, Files.readString(file).replace("2.731", "2.732"));
            assertEquals(HarvestOutcome.Status.HARVESTED, harvester.harvest(source).status());
            String graph = turtle(store.read(tx -> tx.graph(IRIS.graph(source.id()))));
            assertTrue(graph.contains("\"2.732\""));
            assertFalse(graph.contains("\"2.731\""));
        }
    }

    @Test
    void aSourceThatCannotBeFetchedLeavesItsGraphAsItWas() throws Exception {
        Source source = copied(BundledDatasets.source("002_").file().orElseThrow(), "report.txt");
        try (TdbStore store = TdbStore.open(data.resolve("tdb2"))) {
            Harvester harvester = harvestedOnce(store, source);
            Set<String> before = quads(store);
            Files.delete(source.file().orElseThrow());
            HarvestOutcome outcome = harvester.harvest(source);
            assertEquals(HarvestOutcome.Status.FAILED, outcome.status());
            assertTrue(outcome.error().orElseThrow().contains("file not found"), outcome.error().orElseThrow());
            assertEquals(before, quads(store));
        }
    }

    @Test
    void aSourceWhoseTextCannotBeExtractedLeavesItsGraphAsItWas() throws Exception {
        Source source = copied(Path.of("src", "test", "resources", "formats", "002_6108e823dee11cb3.pdf"), "report.pdf");
        try (TdbStore store = TdbStore.open(data.resolve("tdb2"))) {
            Harvester harvester = harvestedOnce(store, source);
            Set<String> before = quads(store);
            Files.write(source.file().orElseThrow(), "%PDF-1.7\n1 0 obj << /Type /Catalog >> broken".getBytes());
            HarvestOutcome outcome = harvester.harvest(source);
            assertEquals(HarvestOutcome.Status.FAILED, outcome.status());
            assertEquals(before, quads(store));
        }
    }

    /** The bundled report's metadata, for a copy of {@code original} in the test's directory. */
    private Source copied(Path original, String fileName) throws java.io.IOException {
        Path file = data.resolve(fileName);
        Files.copy(original, file);
        return copyOf(BundledDatasets.source(original.getFileName().toString().substring(0, 4)), file);
    }

    /** A harvester that has stored {@code source} once, with figures. */
    private static Harvester harvestedOnce(Store store, Source source) {
        Harvester harvester = new Harvester(store, IRIS);
        HarvestOutcome first = harvester.harvest(source);
        assertEquals(HarvestOutcome.Status.HARVESTED, first.status(), first.error().orElse(""));
        assertFalse(first.report().orElseThrow().figures().isEmpty(), "the first harvest stores figures");
        return harvester;
    }

    private static Source copyOf(Source source, Path file) {
        return new Source(source.id(), Optional.of(file), Optional.empty(), source.municipality(), source.fiscalYear(), source.kind(),
                source.programme(), source.part(), source.title(), source.published());
    }

    private static Set<String> quads(Store store) {
        return store.read(tx -> {
            Set<String> quads = new TreeSet<>();
            for (String graph : tx.graphNames()) {
                tx.graph(graph).listStatements().forEachRemaining(s -> quads.add(graph + " " + s.asTriple()));
            }
            return quads;
        });
    }

    private static String turtle(Model model) {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, model, Lang.TURTLE);
        return out.toString();
    }
}
