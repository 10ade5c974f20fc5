package nl.openbaar.harvester.catalog;

import java.util.List;
import nl.openbaar.harvester.woo.ReportPublications;
import nl.openbaar.store.Store;
import nl.openbaar.vocab.Iris;
import nl.openbaar.vocab.VocabularyGraph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.lib.ShLib;

/**
 * Keeps the store's catalog current: after a harvest it (re)loads the vocabulary graph, rebuilds the DCAT catalog,
 * validates catalog and cubes with the official shapes, and stores catalog and validation report, in one transaction.
 */
public final class Catalog {
    private final Store store;
    private final Iris iris;
    private final CatalogBuilder builder;
    private final CatalogValidator validator;

    public Catalog(Store store, Iris iris, CatalogValidator validator) {
        this.store = store;
        this.iris = iris;
        this.builder = new CatalogBuilder(iris);
        this.validator = validator;
    }

    public CatalogCheck refresh() {
        store.replaceGraph(iris.vocabularyGraph(), VocabularyGraph.build());
        Model previousReports = store.read(tx -> tx.graph(iris.harvestedReportsGraph()));
        Model reports = store.read(tx -> new ReportPublications(iris).build(tx, previousReports, java.time.Instant.now()));
        store.replaceGraph(iris.harvestedReportsGraph(), reports);
        Model catalog = store.read(builder::build);
        Model observations = store.read(tx -> {
            Model m = ModelFactory.createDefaultModel();
            tx.graphNames().stream().filter(this::isSourceGraph).forEach(g -> m.add(tx.graph(g)));
            return m;
        });
        ValidationReport dcat = validator.validateCatalog(catalog);
        ValidationReport cubes = validator.validateCubes(observations);
        Model report = ModelFactory.createDefaultModel().add(dcat.getModel()).add(cubes.getModel());
        store.write(tx -> {
            tx.replaceGraph(iris.catalogGraph(), catalog);
            tx.replaceGraph(iris.catalogValidationGraph(), report);
        });
        return new CatalogCheck(messages(dcat), messages(cubes), report);
    }

    private boolean isSourceGraph(String graph) {
        return !graph.equals(iris.vocabularyGraph()) && !graph.equals(iris.catalogGraph()) && !graph.equals(iris.catalogValidationGraph())
                && !graph.startsWith(iris.wooGraphPrefix());
    }

    private static List<String> messages(ValidationReport report) {
        return report.getEntries().stream().map(Catalog::message).toList();
    }

    private static String message(ReportEntry entry) {
        return ShLib.displayStr(entry.focusNode()) + (entry.resultPath() == null ? "" : " " + entry.resultPath()) + ": " + entry.message();
    }
}
