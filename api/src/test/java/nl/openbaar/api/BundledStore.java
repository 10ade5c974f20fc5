package nl.openbaar.api;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import nl.openbaar.harvester.Harvester;
import nl.openbaar.harvester.ManifestHarvest;
import nl.openbaar.harvester.HarvestReport;
import nl.openbaar.harvester.catalog.Catalog;
import nl.openbaar.harvester.catalog.CatalogValidator;
import nl.openbaar.harvester.source.Manifest;
import nl.openbaar.store.TdbStore;
import nl.openbaar.vocab.Iris;

/** A store filled the way {@code serve} fills an empty one: the bundled manifest harvested, then the catalog built. */
public final class BundledStore {
    public static final Path MANIFEST = Path.of("..", "datasets", "manifest.yaml");
    public static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);

    private BundledStore() {
    }

    public static TdbStore harvested(Path directory) {
        TdbStore store = TdbStore.open(directory);
        new ManifestHarvest(new Harvester(store, IRIS), new Catalog(store, IRIS, new CatalogValidator()),
                new HarvestReport(new PrintWriter(Writer.nullWriter()))).harvestAll(Manifest.read(MANIFEST).sources());
        return store;
    }

    public static int sourceCount() {
        return Manifest.read(MANIFEST).sources().size();
    }
}
