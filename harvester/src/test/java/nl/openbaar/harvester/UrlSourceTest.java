package nl.openbaar.harvester;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.openbaar.harvester.source.Source;
import nl.openbaar.store.Store;
import nl.openbaar.store.TdbStore;
import nl.openbaar.vocab.Iris;
import nl.openbaar.vocab.OB;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Harvesting a source by URL, against an HTTP server on loopback. */
class UrlSourceTest {
    private static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);
    private static final Duration SHORT = Duration.ofMillis(500);

    @TempDir
    Path data;
    private Site site;
    private TdbStore store;
    private String report;

    @BeforeEach
    void start() throws IOException {
        site = new Site();
        store = TdbStore.open(data.resolve("tdb2"));
        report = Files.readString(BundledDatasets.source("000_").file().orElseThrow());
    }

    @AfterEach
    void stop() {
        site.stop();
        store.close();
    }

    @Test
    void theFirstHarvestStoresTheSourceWithTheValidatorsOfItsResponse() {
        site.serve("/report.txt", new Page(200, report, Map.of("ETag", "\"v1\"", "Last-Modified", "Mon, 21 Nov 2026 10:00:00 GMT")));
        assertEquals(HarvestOutcome.Status.HARVESTED, harvester().harvest(source("/report.txt")).status());
        Model graph = graph();
        assertTrue(graph.contains(null, OB.etag, "\"v1\""));
        assertTrue(graph.contains(null, OB.lastModified, "Mon, 21 Nov 2026 10:00:00 GMT"));
        assertTrue(graph.contains(null, OB.printedValue, "2.731"));
    }

    @Test
    void anUnchangedSourceIsAskedForConditionallyAndNotHarvestedAgain() {
        site.serve("/report.txt", new Page(200, report, Map.of("ETag", "\"v1\"")));
        Harvester harvester = harvester();
        harvester.harvest(source("/report.txt"));
        Set<String> before = quads(store);
        HarvestOutcome again = harvester.harvest(source("/report.txt"));
        assertEquals(HarvestOutcome.Status.UNCHANGED, again.status());
        assertEquals("\"v1\"", site.lastRequestHeader("If-None-Match"));
        assertEquals(304, site.lastStatus());
        assertEquals(before, quads(store));
    }

    @Test
    void aSourceWithOnlyALastModifiedDateIsAskedForWithIfModifiedSince() {
        site.serve("/report.txt", new Page(200, report, Map.of("Last-Modified", "Mon, 21 Nov 2026 10:00:00 GMT")));
        Harvester harvester = harvester();
        harvester.harvest(source("/report.txt"));
        assertEquals(HarvestOutcome.Status.UNCHANGED, harvester.harvest(source("/report.txt")).status());
        assertEquals("Mon, 21 Nov 2026 10:00:00 GMT", site.lastRequestHeader("If-Modified-Since"));
        assertEquals(304, site.lastStatus());
    }

    @Test
    void aChangedDocumentReplacesTheGraph() {
        site.serve("/report.txt", new Page(200, report, Map.of("ETag", "\"v1\"")));
        Harvester harvester = harvester();
        harvester.harvest(source("/report.txt"));
        site.serve("/report.txt", new Page(200, report.replace("2.731", "2.732"), Map.of("ETag", "\"v2\"")));
        assertEquals(HarvestOutcome.Status.HARVESTED, harvester.harvest(source("/report.txt")).status());
        assertEquals("\"v1\"", site.lastRequestHeader("If-None-Match"));
        Model graph = graph();
        assertTrue(graph.contains(null, OB.printedValue, "2.732"));
        assertFalse(graph.contains(null, OB.printedValue, "2.731"));
        assertTrue(graph.contains(null, OB.etag, "\"v2\""));
        assertFalse(graph.contains(null, OB.etag, "\"v1\""));
    }

    @Test
    void aMissingDocumentIsAClearErrorAndLeavesTheStoreAsItWas() {
        assertFailureLeavesTheStore(new Page(404, "not here", Map.of()), harvester(), "HTTP 404");
    }

    @Test
    void aServerThatDoesNotAnswerInTimeIsAClearErrorAndLeavesTheStoreAsItWas() {
        Harvester impatient = new Harvester(store, IRIS, new SourceFetcher(SHORT, SHORT, SourceFetcher.DEFAULT_MAX_BYTES),
                new nl.openbaar.harvester.text.TextExtractor(), new nl.openbaar.harvester.report.ReportParser());
        assertFailureLeavesTheStore(new Page(200, report, Map.of(), Duration.ofSeconds(3)), impatient, "no response within 500 ms");
    }

    @Test
    void anOversizedResponseIsAClearErrorAndLeavesTheStoreAsItWas() {
        Harvester capped = new Harvester(store, IRIS, new SourceFetcher(SHORT, SHORT, 1000),
                new nl.openbaar.harvester.text.TextExtractor(), new nl.openbaar.harvester.report.ReportParser());
        assertFailureLeavesTheStore(new Page(200, report + report, Map.of()), capped, "larger than 1000 bytes");
    }

    @Test
    void redirectsAreFollowedUpToFive() {
        site.serve("/report.txt", new Page(200, report, Map.of()));
        for (int i = 1; i <= 5; i++) {
            site.serve("/r" + i, new Page(302, "", Map.of("Location", i == 5 ? "/report.txt" : "/r" + (i + 1))));
        }
        assertEquals(HarvestOutcome.Status.HARVESTED, harvester().harvest(source("/r1")).status());
    }

    @Test
    void aSixthRedirectIsAClearError() {
        for (int i = 0; i <= 6; i++) {
            site.serve("/r" + i, new Page(302, "", Map.of("Location", "/r" + (i + 1))));
        }
        HarvestOutcome outcome = harvester().harvest(source("/r0"));
        assertEquals(HarvestOutcome.Status.FAILED, outcome.status());
        assertTrue(outcome.error().orElseThrow().contains("more than 5 redirects"), outcome.error().orElseThrow());
    }

    private void assertFailureLeavesTheStore(Page failure, Harvester harvester, String error) {
        site.serve("/report.txt", new Page(200, report, Map.of("ETag", "\"v1\"")));
        harvester().harvest(source("/report.txt"));
        Set<String> before = quads(store);
        site.serve("/report.txt", failure);
        HarvestOutcome outcome = harvester.harvest(source("/report.txt"));
        assertEquals(HarvestOutcome.Status.FAILED, outcome.status());
        assertTrue(outcome.error().orElseThrow().contains(error), outcome.error().orElseThrow());
        assertEquals(before, quads(store));
    }

    private Harvester harvester() {
        return new Harvester(store, IRIS);
    }

    private Source source(String path) {
        Source seed = BundledDatasets.source("000_");
        return new Source(seed.id(), Optional.empty(), Optional.of(site.uri(path)), seed.municipality(), seed.fiscalYear(), seed.kind(),
                seed.programme(), seed.part(), seed.title(), seed.published());
    }

    private Model graph() {
        return store.read(tx -> tx.graph(IRIS.graph(BundledDatasets.source("000_").id())));
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

    /** A response the site gives: status, body, headers, and how long it waits before answering. */
    private record Page(int status, String body, Map<String, String> headers, Duration delay) {
        Page(int status, String body, Map<String, String> headers) {
            this(status, body, headers, Duration.ZERO);
        }
    }

    /** An HTTP server on loopback that answers 304 to a request whose validators match the page's. */
    private static final class Site {
        private final HttpServer server;
        private final Map<String, Page> pages = new ConcurrentHashMap<>();
        private final List<HttpExchangeRecord> requests = new CopyOnWriteArrayList<>();

        private record HttpExchangeRecord(Map<String, List<String>> headers, int status) {
        }

        Site() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", this::answer);
            server.start();
        }

        void serve(String path, Page page) {
            pages.put(path, page);
        }

        URI uri(String path) {
            return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + path);
        }

        String lastRequestHeader(String name) {
            return requests.get(requests.size() - 1).headers().entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                    .map(h -> h.getValue().get(0)).findFirst().orElse("");
        }

        int lastStatus() {
            return requests.get(requests.size() - 1).status();
        }

        void stop() {
            server.stop(0);
        }

        private void answer(HttpExchange exchange) throws IOException {
            Page page = pages.getOrDefault(exchange.getRequestURI().getPath(), new Page(404, "", Map.of()));
            try {
                Thread.sleep(page.delay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
            String ifModifiedSince = exchange.getRequestHeaders().getFirst("If-Modified-Since");
            boolean unchanged = page.status() == 200
                    && ((ifNoneMatch != null && ifNoneMatch.equals(page.headers().get("ETag")))
                    || (ifNoneMatch == null && ifModifiedSince != null && ifModifiedSince.equals(page.headers().get("Last-Modified"))));
            int status = unchanged ? 304 : page.status();
            requests.add(new HttpExchangeRecord(Map.copyOf(exchange.getRequestHeaders()), status));
            page.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            byte[] body = unchanged ? new byte[0] : page.body().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=UTF-8");
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
