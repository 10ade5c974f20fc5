package nl.openbaar.harvester.woo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import nl.openbaar.harvester.BundledDatasets;
import nl.openbaar.store.TdbStore;
import nl.openbaar.vocab.Iris;
import nl.openbaar.vocab.OB;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Harvested reports join the Woo register by themselves, and keep the time they joined. */
class ReportPublicationsTest {
    private static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);
    @TempDir
    static Path dir;
    private static TdbStore store;

    @BeforeAll
    static void harvest() {
        store = BundledDatasets.harvested(dir.resolve("store"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everyHarvestedReportIsAPublicationInJaarplannenEnJaarverslagen() {
        Model graph = store.read(tx -> tx.graph(IRIS.harvestedReportsGraph()));
        long reports = store.read(tx -> (long) tx.graphNames().stream().filter(g -> !g.startsWith(IRIS.base() + "graph/woo/")
                && !g.endsWith("/vocabulary") && !g.endsWith("/catalog") && !g.endsWith("/catalog-validation")).count());
        assertEquals(reports, graph.listSubjectsWithProperty(OB.informationCategory,
                graph.createResource(ReportPublications.ANNUAL_PLANS_AND_REPORTS)).toList().size());
        var groningen = graph.getResource(IRIS.publication("report-groningen-2022-begroting-dienstverlening"));
        assertEquals(ReportPublications.KIND_BUDGET, groningen.getPropertyResourceValue(OB.documentKind).getURI());
        assertEquals(OB.Published, groningen.getPropertyResourceValue(OB.publicationStatus));
    }

    @Test
    void rebuildingKeepsTheTimeAReportFirstJoined() {
        Model first = store.read(tx -> tx.graph(IRIS.harvestedReportsGraph()));
        Model again = store.read(tx -> new ReportPublications(IRIS).build(tx, first, Instant.parse("2030-01-01T00:00:00Z")));
        var id = IRIS.publication("report-hilversum-2022-jaarrekening-burgerzaken");
        assertEquals(first.getResource(id).getProperty(OB.registeredOn).getString(), again.getResource(id).getProperty(OB.registeredOn).getString());
        assertEquals(first.getResource(id).getProperty(DCTerms.modified).getString(), again.getResource(id).getProperty(DCTerms.modified).getString());
    }
}
