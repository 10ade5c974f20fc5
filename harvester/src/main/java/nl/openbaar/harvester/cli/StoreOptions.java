package nl.openbaar.harvester.cli;

import java.nio.file.Path;
import nl.openbaar.store.TdbStore;
import nl.openbaar.vocab.Iris;
import picocli.CommandLine.Option;

/** The options every command that opens the store shares: where the data is, and the base IRI of the data. */
public final class StoreOptions {
    @Option(names = "--data", defaultValue = "${env:OPENBAAR_DATA:-./data}", description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--base-iri", defaultValue = "${env:OPENBAAR_BASE_IRI:-" + Iris.DEFAULT_BASE + "}",
            description = "Base IRI of the data (default: ${DEFAULT-VALUE}).")
    String baseIri;

    public Path data() {
        return data;
    }

    public Iris iris() {
        return new Iris(baseIri);
    }

    /** Opens (or creates) the embedded store in the data directory. */
    public TdbStore openStore() {
        return TdbStore.open(data.resolve("store"));
    }
}
