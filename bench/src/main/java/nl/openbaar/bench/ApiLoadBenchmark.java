package nl.openbaar.bench;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import nl.openbaar.api.OpenbaarServer;
import nl.openbaar.api.rest.Paging;
import nl.openbaar.api.rest.RestApi;
import nl.openbaar.api.rest.budget.BudgetFigureFilter;
import nl.openbaar.api.rest.budget.BudgetFigureQuery;
import nl.openbaar.api.rest.dataset.DatasetFilter;
import nl.openbaar.api.rest.dataset.DatasetQuery;
import nl.openbaar.api.rest.document.DocumentFilter;
import nl.openbaar.api.rest.document.DocumentQuery;
import nl.openbaar.api.rest.indicator.IndicatorFilter;
import nl.openbaar.api.rest.indicator.IndicatorQuery;
import nl.openbaar.api.rest.indicator.IndicatorValueFilter;
import nl.openbaar.api.rest.indicator.IndicatorValueQuery;
import nl.openbaar.api.rest.model.Phase;
import nl.openbaar.api.rest.model.ValueKind;
import nl.openbaar.api.rest.municipality.MunicipalityQuery;
import nl.openbaar.api.sparql.QueryLimits;
import nl.openbaar.harvester.HarvestReport;
import nl.openbaar.harvester.Harvester;
import nl.openbaar.harvester.ManifestHarvest;
import nl.openbaar.harvester.catalog.Catalog;
import nl.openbaar.harvester.catalog.CatalogValidator;
import nl.openbaar.harvester.source.Manifest;
import nl.openbaar.store.TdbStore;
import nl.openbaar.vocab.Iris;
import nl.openbaar.vocab.Municipalities;

/**
 * The list endpoints of the JSON API against the same questions asked through /sparql, at 32 concurrent connections:
 * requests per second and p50/p99 latency. Every API request has an equivalent SPARQL request: the page query the API
 * runs for it (the read classes' {@code pageQuery}), POSTed to /sparql for SPARQL JSON results. Three targets on one
 * store: the API as served (answers cached per store version), the API with that cache off (every request reads the
 * store), and /sparql. Per list, each target gets a warm-up and a measured phase; then all lists mixed.
 *
 * <p>Run: {@code mvn -B -q -pl bench -am -Pbench package -DskipTests && java -cp bench/target/benchmarks.jar
 * nl.openbaar.bench.ApiLoadBenchmark [seconds per phase] [datasets/manifest.yaml]}
 */
public final class ApiLoadBenchmark {
    private static final int CONNECTIONS = 32;

    private record Request(String apiPath, String sparql) {
    }

    private record Result(long requests, long errors, List<Long> latencies, double seconds) {
        double perSecond() {
            return requests / seconds;
        }

        double percentile(double p) {
            if (latencies.isEmpty()) {
                return 0;
            }
            return latencies.get((int) Math.ceil(latencies.size() * p) - 1) / 1e6;
        }
    }

    private ApiLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        Path manifest = Path.of(args.length > 1 ? args[1] : "datasets/manifest.yaml");
        Path work = Files.createTempDirectory("openbaar-api-bench");
        Iris iris = new Iris(Iris.DEFAULT_BASE);
        try (TdbStore store = TdbStore.open(work.resolve("store"))) {
            new ManifestHarvest(new Harvester(store, iris), new Catalog(store, iris, new CatalogValidator()),
                    new HarvestReport(new PrintWriter(Writer.nullWriter()))).harvestAll(Manifest.read(manifest).sources());
            OpenbaarServer served = new OpenbaarServer(store, iris, new QueryLimits(Duration.ofSeconds(30), 2 * CONNECTIONS, 100_000), 200)
                    .start("127.0.0.1", 0);
            Javalin uncached = Javalin.create(cfg -> {
                cfg.startup.showJavalinBanner = false;
                RestApi.register(cfg.routes, store, iris, 0);
            }).start("127.0.0.1", 0);
            Map<String, List<Request>> lists = requests(store, iris);
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String cachedBase = "http://127.0.0.1:" + served.port();
            String uncachedBase = "http://127.0.0.1:" + uncached.port();
            checkAnswers(client, cachedBase, lists);

            Map<String, List<Request>> phases = new LinkedHashMap<>(lists);
            phases.put("all lists mixed", lists.values().stream().flatMap(List::stream).toList());
            System.out.printf("%n%d connections, %d s measured per phase (after %d s warm-up); latencies in ms%n%n", CONNECTIONS, seconds,
                    Math.max(2, seconds / 3));
            System.out.println("| list | API req/s | API p50 | API p99 | API uncached req/s | uncached p99 | SPARQL req/s | SPARQL p50 | SPARQL p99 | API / SPARQL | uncached / SPARQL | errors |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            for (Map.Entry<String, List<Request>> phase : phases.entrySet()) {
                List<Request> mix = phase.getValue();
                Result api = run(client, mix, r -> get(cachedBase + r.apiPath()), seconds);
                Result raw = run(client, mix, r -> get(uncachedBase + r.apiPath()), seconds);
                Result sparql = run(client, mix, r -> sparql(cachedBase, r.sparql()), seconds);
                System.out.printf("| %s | %.0f | %.1f | %.1f | %.0f | %.1f | %.0f | %.1f | %.1f | %.1f × | %.1f × | %d/%d/%d |%n",
                        phase.getKey(), api.perSecond(), api.percentile(0.5), api.percentile(0.99), raw.perSecond(), raw.percentile(0.99),
                        sparql.perSecond(), sparql.percentile(0.5), sparql.percentile(0.99), api.perSecond() / sparql.perSecond(),
                        raw.perSecond() / sparql.perSecond(), api.errors(), raw.errors(), sparql.errors());
            }
            uncached.stop();
            served.stop();
        }
    }

    /** Per list, requests with different filters and pages, each with the SPARQL page query the API runs for it. */
    private static Map<String, List<Request>> requests(TdbStore store, Iris iris) {
        Map<String, List<Request>> lists = new LinkedHashMap<>();
        MunicipalityQuery municipalities = new MunicipalityQuery(store, iris);
        lists.put("municipalities", List.of(
                new Request("/api/v1/municipalities", municipalities.pageQuery(MunicipalityQuery.sort(null), new Paging(1, 50))),
                new Request("/api/v1/municipalities?sort=-name&pageSize=5", municipalities.pageQuery(MunicipalityQuery.sort("-name"), new Paging(1, 5)))));

        BudgetFigureQuery figures = new BudgetFigureQuery(store, iris);
        List<Request> budget = new ArrayList<>();
        for (int page = 1; page <= 4; page++) {
            budget.add(new Request("/api/v1/budget-figures?page=" + page,
                    figures.pageQuery(BudgetFigureFilter.all(), BudgetFigureQuery.sort(null), new Paging(page, 50))));
        }
        for (String code : List.of("GM0402", "GM1952", "GM1719", "GM1771")) {
            budget.add(new Request("/api/v1/budget-figures?municipality=" + code, figures.pageQuery(
                    BudgetFigureFilter.all().withMunicipality(Municipalities.official().require(code)), BudgetFigureQuery.sort(null), new Paging(1, 50))));
        }
        budget.add(new Request("/api/v1/budget-figures?taakveld=0.2&phase=Actual", figures.pageQuery(
                new BudgetFigureFilter(null, null, null, null, "0.2", Phase.ACTUAL, null, null), BudgetFigureQuery.sort(null), new Paging(1, 50))));
        budget.add(new Request("/api/v1/budget-figures?year=2021&sort=-amount", figures.pageQuery(
                BudgetFigureFilter.all().withYear(2021), BudgetFigureQuery.sort("-amount"), new Paging(1, 50))));
        lists.put("budget-figures", budget);

        IndicatorQuery indicators = new IndicatorQuery(store, iris);
        lists.put("indicators", List.of(
                new Request("/api/v1/indicators", indicators.pageQuery(IndicatorFilter.all(), IndicatorQuery.sort(null), new Paging(1, 50))),
                new Request("/api/v1/indicators?page=2", indicators.pageQuery(IndicatorFilter.all(), IndicatorQuery.sort(null), new Paging(2, 50))),
                new Request("/api/v1/indicators?municipality=GM0637", indicators.pageQuery(
                        new IndicatorFilter(Municipalities.official().require("GM0637"), null), IndicatorQuery.sort(null), new Paging(1, 50)))));

        IndicatorValueQuery values = new IndicatorValueQuery(store, iris);
        lists.put("indicator-values", List.of(
                new Request("/api/v1/indicator-values", values.pageQuery(IndicatorValueFilter.all(), IndicatorValueQuery.sort(null), new Paging(1, 50))),
                new Request("/api/v1/indicator-values?page=2", values.pageQuery(IndicatorValueFilter.all(), IndicatorValueQuery.sort(null), new Paging(2, 50))),
                new Request("/api/v1/indicator-values?targetMet=false", values.pageQuery(
                        new IndicatorValueFilter(null, null, null, null, false, null), IndicatorValueQuery.sort(null), new Paging(1, 50))),
                new Request("/api/v1/indicator-values?valueKind=Target&year=2021", values.pageQuery(
                        new IndicatorValueFilter(null, null, 2021, ValueKind.TARGET, null, null), IndicatorValueQuery.sort(null), new Paging(1, 50)))));

        DocumentQuery documents = new DocumentQuery(store, iris);
        lists.put("documents", List.of(
                new Request("/api/v1/documents", documents.pageQuery(DocumentFilter.all(), DocumentQuery.sort(null, false), new Paging(1, 50))),
                new Request("/api/v1/documents?q=verkiezingen", documents.pageQuery(new DocumentFilter(null, null, null, "verkiezingen"),
                        DocumentQuery.sort(null, true), new Paging(1, 50))),
                new Request("/api/v1/documents?municipality=GM0014", documents.pageQuery(DocumentFilter.of(Municipalities.official().require("GM0014")),
                        DocumentQuery.sort(null, false), new Paging(1, 50)))));

        nl.openbaar.api.rest.document.SectionQuery sections = new nl.openbaar.api.rest.document.SectionQuery(store, iris);
        lists.put("sections", List.of(
                new Request("/api/v1/documents/zoetermeer-2021-jaarstukken-dienstverlening/sections",
                        sections.pageQuery("zoetermeer-2021-jaarstukken-dienstverlening", null, new Paging(1, 50))),
                new Request("/api/v1/documents/groningen-2022-begroting-dienstverlening/sections?q=paspoort",
                        sections.pageQuery("groningen-2022-begroting-dienstverlening", "paspoort", new Paging(1, 50)))));

        DatasetQuery datasets = new DatasetQuery(store, iris);
        lists.put("datasets", List.of(
                new Request("/api/v1/datasets", datasets.pageQuery(DatasetFilter.all(), new Paging(1, 50))),
                new Request("/api/v1/datasets?kind=budget", datasets.pageQuery(
                        new DatasetFilter(null, null, nl.openbaar.api.rest.model.DatasetKind.BUDGET), new Paging(1, 50)))));
        return lists;
    }

    /** Every request of the mix answers 200 on both sides before anything is measured. */
    private static void checkAnswers(HttpClient client, String base, Map<String, List<Request>> lists) throws Exception {
        for (List<Request> list : lists.values()) {
            for (Request r : list) {
                int api = client.send(get(base + r.apiPath()), HttpResponse.BodyHandlers.discarding()).statusCode();
                int sparql = client.send(sparql(base, r.sparql()), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (api != 200 || sparql != 200) {
                    throw new IllegalStateException(r.apiPath() + ": API " + api + ", SPARQL " + sparql);
                }
            }
        }
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json").GET().build();
    }

    private static HttpRequest sparql(String base, String query) {
        return HttpRequest.newBuilder(URI.create(base + "/sparql"))
                .header("Accept", "application/sparql-results+json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build();
    }

    private static Result run(HttpClient client, List<Request> mix, java.util.function.Function<Request, HttpRequest> request,
                              int seconds) throws Exception {
        load(client, mix, request, Math.max(2, seconds / 3), null, null);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        load(client, mix, request, seconds, latencies, errors);
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Result(sorted.size(), errors.get(), sorted, elapsed);
    }

    private static void load(HttpClient client, List<Request> mix, java.util.function.Function<Request, HttpRequest> request, int seconds,
                             List<Long> latencies, AtomicLong errors) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        List<Future<?>> workers = new ArrayList<>();
        List<HttpRequest> requests = mix.stream().map(request).toList();
        for (int c = 0; c < CONNECTIONS; c++) {
            int offset = c;
            workers.add(pool.submit(() -> {
                for (int i = offset; System.nanoTime() < end; i++) {
                    long begin = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = client.send(requests.get(i % requests.size()), HttpResponse.BodyHandlers.ofByteArray());
                        if (latencies != null) {
                            latencies.add(System.nanoTime() - begin);
                            if (response.statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                        }
                    } catch (IOException | InterruptedException e) {
                        if (errors != null) {
                            errors.incrementAndGet();
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
}
