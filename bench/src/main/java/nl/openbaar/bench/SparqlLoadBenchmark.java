package nl.openbaar.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import nl.openbaar.api.OpenbaarServer;
import nl.openbaar.api.queries.ExampleQueries;
import nl.openbaar.api.sparql.QueryLimits;
import nl.openbaar.harvester.Harvester;
import nl.openbaar.harvester.catalog.Catalog;
import nl.openbaar.harvester.catalog.CatalogValidator;
import nl.openbaar.harvester.source.Manifest;
import nl.openbaar.store.TdbStore;
import nl.openbaar.vocab.Iris;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * The worked example queries, sent by one HTTP client to Openbaar's /sparql and to a standalone Fuseki serving a copy
 * of the same TDB2 data, interleaved, at 1, 4 and 16 concurrent clients: requests per second and p95 latency.
 * The text-search example is left out of the mix: Fuseki here has no text index.
 *
 * <p>Run: {@code mvn -B -q -pl bench -am -Pbench package -DskipTests && java -cp bench/target/benchmarks.jar
 * nl.openbaar.bench.SparqlLoadBenchmark [seconds per phase] [datasets/manifest.yaml]}
 */
public final class SparqlLoadBenchmark {
    private static final int[] CLIENTS = {1, 4, 16};
    private static final int ROUNDS = 2;

    private SparqlLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        Path manifest = Path.of(args.length > 1 ? args[1] : "datasets/manifest.yaml");
        Path work = Files.createTempDirectory("openbaar-bench");
        Iris iris = new Iris(Iris.DEFAULT_BASE);
        try (TdbStore store = TdbStore.open(work.resolve("openbaar"))) {
            Harvester harvester = new Harvester(store, iris);
            Manifest.read(manifest).sources().forEach(harvester::harvest);
            new Catalog(store, iris, new CatalogValidator()).refresh();
        }
        copy(work.resolve("openbaar").resolve("tdb2"), work.resolve("fuseki"));

        List<String> mix = ExampleQueries.bundled().all().stream().filter(q -> !q.name().equals("search-sections"))
                .map(q -> q.bind(Map.of()).toString()).toList();
        try (TdbStore store = TdbStore.open(work.resolve("openbaar"))) {
            OpenbaarServer openbaar = new OpenbaarServer(store, iris, new QueryLimits(Duration.ofSeconds(30), 32, 100_000), 200)
                    .start("127.0.0.1", 0);
            Dataset copy = TDB2Factory.connectDataset(work.resolve("fuseki").toString());
            copy.getContext().set(TDB2.symUnionDefaultGraph, true);
            FusekiServer fuseki = FusekiServer.create().loopback(true).port(0).add("/ds", copy).build().start();
            Map<String, String> endpoints = new TreeMap<>(Map.of(
                    "Openbaar", "http://127.0.0.1:" + openbaar.port() + "/sparql",
                    "Fuseki", "http://127.0.0.1:" + fuseki.getHttpPort() + "/ds/query"));
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            Map<String, List<Long>> latencies = new TreeMap<>();
            Map<String, Long> errors = new TreeMap<>();
            for (int clients : CLIENTS) {
                for (int round = 0; round < ROUNDS; round++) {
                    List<String> order = new ArrayList<>(endpoints.keySet());
                    if (round % 2 == 1) {
                        Collections.reverse(order);
                    }
                    for (String name : order) {
                        run(client, endpoints.get(name), mix, clients, 2, null, null);
                        String key = name + " @" + clients;
                        run(client, endpoints.get(name), mix, clients, seconds,
                                latencies.computeIfAbsent(key, k -> Collections.synchronizedList(new ArrayList<>())),
                                errors);
                    }
                }
            }
            openbaar.stop();
            fuseki.stop();
            report(latencies, errors, seconds * ROUNDS, mix.size());
        }
    }

    private static void run(HttpClient client, String endpoint, List<String> mix, int clients, int seconds,
                            List<Long> latencies, Map<String, Long> errors) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            workers.add(pool.submit(() -> {
                for (int i = offset; System.nanoTime() < end; i++) {
                    String query = mix.get(i % mix.size());
                    HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint + "?query="
                                    + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                            .header("Accept", "application/sparql-results+json").GET().build();
                    long start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (latencies != null) {
                            latencies.add(System.nanoTime() - start);
                            if (response.statusCode() != 200) {
                                errors.merge(endpoint, 1L, Long::sum);
                            }
                        }
                    } catch (IOException | InterruptedException e) {
                        if (latencies != null) {
                            errors.merge(endpoint, 1L, Long::sum);
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
    }

    private static void report(Map<String, List<Long>> latencies, Map<String, Long> errors, int seconds, int queries) {
        System.out.printf("%n| server @ clients | requests/s | p95 ms | requests |%n|---|---:|---:|---:|%n");
        for (Map.Entry<String, List<Long>> e : latencies.entrySet()) {
            List<Long> sorted = new ArrayList<>(e.getValue());
            Collections.sort(sorted);
            double p95 = sorted.isEmpty() ? 0 : sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6;
            System.out.printf("| %s | %.1f | %.1f | %d |%n", e.getKey(), sorted.size() / (double) seconds, p95, sorted.size());
        }
        for (int clients : CLIENTS) {
            double ours = latencies.get("Openbaar @" + clients).size();
            double theirs = latencies.get("Fuseki @" + clients).size();
            System.out.printf("ratio Openbaar/Fuseki throughput @%d clients: %.2f%n", clients, ours / theirs);
        }
        System.out.println("errors (non-200 or failed requests): " + errors + "; query mix: " + queries + " example queries");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!source.getFileName().toString().equals("tdb.lock")) {
                    Files.copy(source, target);
                }
            }
        }
    }
}
