package nl.openbaar.api.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import nl.openbaar.api.BundledStore;
import nl.openbaar.api.OpenbaarServer;
import nl.openbaar.client.ApiClient;
import nl.openbaar.store.TdbStore;

/**
 * One real server for the API tests of a test run: a TDB2 store with the bundled datasets harvested (as serve does),
 * served on loopback. Started on first use (harvesting takes seconds), stopped and deleted when the JVM exits.
 */
final class ApiServer {
    private static ApiServer running;

    final TdbStore store;
    final OpenbaarServer server;

    private ApiServer(TdbStore store, OpenbaarServer server) {
        this.store = store;
        this.server = server;
    }

    static synchronized ApiServer get() {
        if (running == null) {
            try {
                Path dir = Files.createTempDirectory("openbaar-api-test");
                TdbStore store = BundledStore.harvested(dir.resolve("store"));
                OpenbaarServer server = new OpenbaarServer(store, BundledStore.IRIS, Duration.ofSeconds(30)).start("127.0.0.1", 0);
                running = new ApiServer(store, server);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    server.stop();
                    store.close();
                    delete(dir);
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return running;
    }

    int port() {
        return server.port();
    }

    /** The generated Java client, pointed at this server. */
    ApiClient client() {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://127.0.0.1:" + port());
        return client;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
