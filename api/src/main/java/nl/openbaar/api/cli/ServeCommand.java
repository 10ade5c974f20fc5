package nl.openbaar.api.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import nl.openbaar.api.OpenbaarServer;
import nl.openbaar.api.linkeddata.CatalogHandler;
import nl.openbaar.api.sparql.QueryLimits;
import nl.openbaar.harvester.HarvestReport;
import nl.openbaar.harvester.Harvester;
import nl.openbaar.harvester.ManifestHarvest;
import nl.openbaar.harvester.catalog.Catalog;
import nl.openbaar.harvester.catalog.CatalogValidator;
import nl.openbaar.harvester.source.Manifest;
import nl.openbaar.store.TdbStore;
import picocli.CommandLine.Command;
import nl.openbaar.harvester.cli.StoreOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code openbaar serve}: opens (or creates) the store, harvests the bundled datasets into an empty one, and serves. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves SPARQL (/sparql) and health (/healthz) over the store in the data directory.",
                "An empty store is first filled from the bundled datasets."})
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "${env:OPENBAAR_PORT:-7070}", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "${env:OPENBAAR_HOST:-0.0.0.0}", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--datasets", defaultValue = "${env:OPENBAAR_DATASETS:-./datasets/manifest.yaml}",
            description = "Manifest harvested when the store is empty (default: ${DEFAULT-VALUE}).")
    Path datasets;

    @Option(names = "--query-timeout", defaultValue = "${env:OPENBAAR_QUERY_TIMEOUT:-30}",
            description = "SPARQL query timeout in seconds (default: ${DEFAULT-VALUE}).")
    long queryTimeoutSeconds;

    @Option(names = "--max-concurrent-queries", defaultValue = "${env:OPENBAAR_MAX_CONCURRENT_QUERIES:-4}",
            description = "SPARQL queries answered at once; more get 503 (default: ${DEFAULT-VALUE}).")
    int maxConcurrentQueries;

    @Option(names = "--max-query-size", defaultValue = "${env:OPENBAAR_MAX_QUERY_SIZE:-100000}",
            description = "Maximum characters of a SPARQL query (default: ${DEFAULT-VALUE}).")
    int maxQuerySize;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        TdbStore store = storeOptions.openStore();
        if (store.isEmpty()) {
            if (!Files.isRegularFile(datasets)) {
                out.println("the store is empty and there is no manifest at " + datasets + ": serving an empty store");
            } else {
                out.println("the store is empty: harvesting " + datasets);
                new ManifestHarvest(new Harvester(store, storeOptions.iris()),
                        new Catalog(store, storeOptions.iris(), new CatalogValidator()), new HarvestReport(out))
                        .harvestAll(Manifest.read(datasets).sources());
            }
        }
        OpenbaarServer server = new OpenbaarServer(store, storeOptions.iris(),
                new QueryLimits(Duration.ofSeconds(queryTimeoutSeconds), maxConcurrentQueries, maxQuerySize), CatalogHandler.DEFAULT_PAGE_SIZE,
                storeOptions.data()).start(host, port);
        out.printf("Openbaar serves on http://localhost:%d/ (SPARQL: /sparql, health: /healthz); data in %s%n", server.port(), storeOptions.data());
        if (nl.openbaar.api.staff.Staff.in(storeOptions.data()).tokens().isEmpty()) {
            out.println("no staff tokens yet: create one with './openbaar token create --role admin --data " + storeOptions.data() + "'");
        }
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            store.close();
            stopped.countDown();
        }, "openbaar-shutdown"));
        stopped.await();
        return 0;
    }
}
