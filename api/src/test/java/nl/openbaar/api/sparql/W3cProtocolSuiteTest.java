package nl.openbaar.api.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.openbaar.api.OpenbaarServer;
import nl.openbaar.store.TdbStore;
import nl.openbaar.vocab.Iris;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.sparql.resultset.SPARQLResult;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The W3C SPARQL 1.1 test suite areas that concern an endpoint (copied into {@code w3c-sparql11-tests/}), replayed
 * against the real server on loopback over a fresh TDB2 store per test: the protocol tests, the CSV/TSV and JSON
 * result-format tests and the service-description tests. Tests that do not apply to a read-only endpoint are skipped
 * with their reason; the skipped tests are listed in {@code target/w3c-protocol-report.txt}.
 */
class W3cProtocolSuiteTest {
    private static final String MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private static final String HT = "http://www.w3.org/2011/http#";
    private static final String CNT = "http://www.w3.org/2011/content#";
    private static final String UT = "http://www.w3.org/2009/sparql/tests/test-update#";
    private static final String QT = "http://www.w3.org/2001/sw/DataAccess/tests/test-query#";
    private static final String HTS = "http://www.w3.org/2011/http-statusCodes#StatusCode";
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final Path REPORT = Path.of("target", "w3c-protocol-report.txt");
    private static final Map<String, String> NOT_RUN = new java.util.concurrent.ConcurrentSkipListMap<>();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TestFactory
    Stream<DynamicNode> w3cSuite() {
        return Stream.of(
                dynamicContainer("protocol", entries("protocol").map(t -> dynamicTest(t.getLocalName(), () -> protocolTest(t)))),
                dynamicContainer("csv-tsv-res", entries("csv-tsv-res").map(t -> dynamicTest(t.getLocalName(), () -> resultFormatTest("csv-tsv-res", t)))),
                dynamicContainer("json-res", entries("json-res").map(t -> dynamicTest(t.getLocalName(), () -> resultFormatTest("json-res", t)))),
                dynamicContainer("service-description", entries("service-description")
                        .map(t -> dynamicTest(t.getLocalName(), () -> serviceDescriptionTest(t)))));
    }

    @AfterAll
    static void report() throws IOException {
        String text = NOT_RUN.isEmpty() ? "Every W3C test ran.\n"
                : NOT_RUN.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n",
                        "W3C SPARQL 1.1 tests not run (" + NOT_RUN.size() + "):\n", "\n"));
        System.out.print(text);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, text);
    }

    // --- protocol ---

    private void protocolTest(Resource test) throws Exception {
        List<Resource> requests = list(test.getPropertyResourceValue(p(MF, "action")), p(HT, "requests"));
        try (Endpoint endpoint = Endpoint.start(graphData(test))) {
            if (isUpdate(requests.get(0)) && expectedStatusClasses(requests.get(0)).contains(2)) {
                HttpResponse<byte[]> refusal = endpoint.send(requests.get(0));
                assertEquals(4, refusal.statusCode() / 100, "an update must be refused by the read-only endpoint");
                skip(test, "needs SPARQL Update to succeed; the read-only endpoint refused it with HTTP " + refusal.statusCode());
            }
            for (Resource request : requests) {
                HttpResponse<byte[]> response = endpoint.send(request);
                String what = request.getProperty(p(HT, "methodName")).getString() + " " + request.getProperty(p(HT, "absolutePath")).getString();
                Set<Integer> expected = expectedStatusClasses(request);
                assertTrue(expected.contains(response.statusCode() / 100), what + ": expected " + expected + "xx, got "
                        + response.statusCode() + " " + new String(response.body(), StandardCharsets.UTF_8));
                assertFormat(request.getPropertyResourceValue(p(HT, "resp")), response, what);
            }
        }
    }

    private static void assertFormat(Resource expectation, HttpResponse<byte[]> response, String what) {
        if (!expectation.hasProperty(p(MF, "expectedFormat"))) {
            return;
        }
        String format = expectation.getProperty(p(MF, "expectedFormat")).getString();
        Lang lang = langOf(response);
        if (format.equals("RDF")) {
            assertTrue(RDFLanguages.isTriples(lang) || RDFLanguages.isQuads(lang), what + ": not RDF but " + lang);
            RDFParser.source(new ByteArrayInputStream(response.body())).lang(lang).toModel();
            return;
        }
        SPARQLResult result = ResultsReader.create().lang(lang).build().readAny(new ByteArrayInputStream(response.body()));
        if (format.equals("boolean")) {
            assertTrue(result.isBoolean(), what + ": not a boolean result");
            if (expectation.hasProperty(p(MF, "expectedBoolean"))) {
                assertEquals(expectation.getProperty(p(MF, "expectedBoolean")).getBoolean(), result.getBooleanResult(), what);
            }
        } else {
            assertTrue(result.isResultSet(), what + ": not a tabular result");
        }
    }

    private static boolean isUpdate(Resource request) {
        String body = body(request) == null ? "" : new String(body(request), charset(request));
        return header(request, "content-type").startsWith(ProtocolRequest.SPARQL_UPDATE) || body.startsWith("update=")
                || request.getProperty(p(HT, "absolutePath")).getString().contains("update=");
    }

    private static Set<Integer> expectedStatusClasses(Resource request) {
        return request.getPropertyResourceValue(p(HT, "resp")).listProperties(p(MF, "expectedStatus")).toList().stream()
                .map(s -> s.getResource().getURI())
                .filter(uri -> uri.startsWith(HTS))
                .map(uri -> Integer.parseInt(uri.substring(HTS.length(), HTS.length() + 1)))
                .collect(Collectors.toSet());
    }

    /** The named graphs a test needs: rdfs:label IRI to content. */
    private static Map<String, Model> graphData(Resource test) {
        Map<String, Model> graphs = new HashMap<>();
        test.listProperties(p(UT, "graphData")).forEachRemaining(s -> {
            Resource data = s.getResource();
            graphs.put(data.getProperty(RDFS.label).getString(), RDFDataMgr.loadModel(data.getPropertyResourceValue(p(UT, "graph")).getURI()));
        });
        return graphs;
    }

    // --- result formats ---

    private void resultFormatTest(String area, Resource test) throws Exception {
        Resource action = test.getPropertyResourceValue(p(MF, "action"));
        String query = Files.readString(Path.of(new URI(action.getPropertyResourceValue(p(QT, "query")).getURI())));
        Model data = RDFDataMgr.loadModel(action.getPropertyResourceValue(p(QT, "data")).getURI());
        Path expectedFile = Path.of(new URI(test.getPropertyResourceValue(p(MF, "result")).getURI()));
        String expected = Files.readString(expectedFile);
        String accept = switch (expectedFile.getFileName().toString().replaceAll(".*\\.", "")) {
            case "csv" -> "text/csv";
            case "tsv" -> "text/tab-separated-values";
            default -> "application/sparql-results+json";
        };
        try (Endpoint endpoint = Endpoint.start(Map.of("http://example.org/graph/" + area, data))) {
            HttpResponse<byte[]> response = endpoint.get("/sparql?query=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8), accept);
            assertEquals(200, response.statusCode());
            String actual = new String(response.body(), StandardCharsets.UTF_8);
            switch (accept) {
                case "text/csv" -> assertEquals(CsvTable.parse(expected, ','), CsvTable.parse(actual, ','));
                case "text/tab-separated-values" -> assertTrue(ResultSetCompare.equalsByValue(
                        results(ResultSetLang.RS_TSV, expected).getResultSet(), results(ResultSetLang.RS_TSV, actual).getResultSet()),
                        "TSV results differ:\n" + actual);
                default -> assertSameResults(expected, actual);
            }
        }
    }

    private static void assertSameResults(String expected, String actual) {
        SPARQLResult want = results(ResultSetLang.RS_JSON, expected);
        SPARQLResult got = results(ResultSetLang.RS_JSON, actual);
        if (want.isBoolean()) {
            assertEquals(want.getBooleanResult(), got.getBooleanResult());
        } else {
            // by value: TDB2 keeps numbers by value, so "5"^^xsd:decimal comes back as "5.0"^^xsd:decimal
            assertTrue(ResultSetCompare.equalsByValue(want.getResultSet(), got.getResultSet()), "JSON results differ:\n" + actual);
        }
    }

    private static SPARQLResult results(Lang lang, String text) {
        return ResultsReader.create().lang(lang).build().readAny(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    // --- service description ---

    private void serviceDescriptionTest(Resource test) throws Exception {
        if (test.getLocalName().equals("conforms-to-schema")) {
            skip(test, "names no schema to check against (the suite calls it descriptive); returns-rdf and has-endpoint-triple run");
        }
        try (Endpoint endpoint = Endpoint.start(Map.of())) {
            HttpResponse<byte[]> response = endpoint.get("/sparql", "text/turtle");
            assertEquals(200, response.statusCode());
            Model description = RDFParser.source(new ByteArrayInputStream(response.body())).lang(langOf(response)).toModel();
            if (test.getLocalName().equals("has-endpoint-triple")) {
                assertTrue(description.contains(null, description.createProperty(SD + "endpoint"), description.createResource(endpoint.url("/sparql"))),
                        "no sd:endpoint <" + endpoint.url("/sparql") + ">");
            }
        }
    }

    // --- plumbing ---

    private static void skip(Resource test, String reason) {
        NOT_RUN.put(test.getURI().replaceAll(".*/data-sparql11/", "").replace("/manifest", ""), reason);
        Assumptions.abort(reason);
    }

    private static Stream<Resource> entries(String area) {
        Path manifest = resources().resolve(area).resolve("manifest.ttl");
        Model m = RDFDataMgr.loadModel(manifest.toUri().toString());
        Resource root = m.listSubjectsWithProperty(RDF.type, m.createResource(MF + "Manifest")).next();
        return list(root, p(MF, "entries")).stream();
    }

    private static Path resources() {
        try {
            return Path.of(W3cProtocolSuiteTest.class.getResource("/w3c-sparql11-tests").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Resource> list(Resource subject, Property property) {
        return subject.getPropertyResourceValue(property).as(RDFList.class).asJavaList().stream().map(RDFNode::asResource).toList();
    }

    private static Property p(String ns, String local) {
        return ResourceFactory.createProperty(ns + local);
    }

    private static String header(Resource request, String name) {
        Resource headers = request.getPropertyResourceValue(p(HT, "headers"));
        if (headers == null) {
            return "";
        }
        return headers.as(RDFList.class).asJavaList().stream().map(RDFNode::asResource)
                .filter(h -> h.getProperty(p(HT, "fieldName")).getString().equalsIgnoreCase(name))
                .map(h -> h.getProperty(p(HT, "fieldValue")).getString()).findFirst().orElse("");
    }

    private static byte[] body(Resource request) {
        Resource body = request.getPropertyResourceValue(p(HT, "body"));
        return body == null ? null : body.getProperty(p(CNT, "chars")).getString().getBytes(charset(request));
    }

    private static Charset charset(Resource request) {
        Resource body = request.getPropertyResourceValue(p(HT, "body"));
        return body == null || !body.hasProperty(p(CNT, "characterEncoding")) ? StandardCharsets.UTF_8
                : Charset.forName(body.getProperty(p(CNT, "characterEncoding")).getString());
    }

    private static Lang langOf(HttpResponse<byte[]> response) {
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        Lang lang = RDFLanguages.contentTypeToLang(ProtocolRequest.mediaType(contentType));
        assertTrue(lang != null, "unknown Content-Type: " + contentType);
        return lang;
    }

    /** A fresh store holding {@code graphs}, served by the real server on loopback. */
    private record Endpoint(Path dir, TdbStore store, OpenbaarServer server) implements AutoCloseable {
        static Endpoint start(Map<String, Model> graphs) throws IOException {
            Path dir = Files.createTempDirectory("w3c-protocol");
            TdbStore store = TdbStore.open(dir);
            graphs.forEach(store::replaceGraph);
            OpenbaarServer server = new OpenbaarServer(store, new Iris(Iris.DEFAULT_BASE), Duration.ofSeconds(10)).start("127.0.0.1", 0);
            return new Endpoint(dir, store, server);
        }

        String url(String pathAndQuery) {
            return "http://127.0.0.1:" + server.port() + pathAndQuery;
        }

        HttpResponse<byte[]> get(String pathAndQuery, String accept) throws IOException, InterruptedException {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url(pathAndQuery))).header("Accept", accept).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }

        /** Replays a manifest's ht:Request, its path {@code /sparql/...} rewritten to our {@code /sparql...}. */
        HttpResponse<byte[]> send(Resource request) throws IOException, InterruptedException {
            String path = request.getProperty(p(HT, "absolutePath")).getString().replaceFirst("^/sparql/", "/sparql");
            byte[] body = body(request);
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url(path))).method(
                    request.getProperty(p(HT, "methodName")).getString(),
                    body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            Resource headers = request.getPropertyResourceValue(p(HT, "headers"));
            if (headers != null) {
                headers.as(RDFList.class).asJavaList().stream().map(RDFNode::asResource).forEach(h -> builder.header(
                        h.getProperty(p(HT, "fieldName")).getString(), h.getProperty(p(HT, "fieldValue")).getString()));
            }
            return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        }

        @Override
        public void close() throws IOException {
            server.stop();
            store.close();
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
