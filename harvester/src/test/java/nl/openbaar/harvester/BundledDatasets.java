package nl.openbaar.harvester;

import java.nio.file.Path;
import java.util.List;
import nl.openbaar.harvester.source.Manifest;
import nl.openbaar.harvester.source.Source;

/** The datasets bundled with the project, as the tests find them from the harvester module. */
public final class BundledDatasets {
    static final Path MANIFEST = Path.of("..", "datasets", "manifest.yaml").toAbsolutePath().normalize();

    private BundledDatasets() {
    }

    static List<Source> sources() {
        return Manifest.read(MANIFEST).sources();
    }

    /** A store filled the way {@code serve} fills an empty one: every bundled source harvested, then the catalog built. */
    public static nl.openbaar.store.TdbStore harvested(Path directory) {
        nl.openbaar.store.TdbStore store = nl.openbaar.store.TdbStore.open(directory);
        nl.openbaar.vocab.Iris iris = new nl.openbaar.vocab.Iris(nl.openbaar.vocab.Iris.DEFAULT_BASE);
        new ManifestHarvest(new Harvester(store, iris),
                new nl.openbaar.harvester.catalog.Catalog(store, iris, new nl.openbaar.harvester.catalog.CatalogValidator()),
                new HarvestReport(new java.io.PrintWriter(java.io.Writer.nullWriter()))).harvestAll(sources());
        return store;
    }

    static Source source(String file) {
        return sources().stream().filter(s -> s.file().orElseThrow().getFileName().toString().startsWith(file)).findFirst().orElseThrow();
    }
}
