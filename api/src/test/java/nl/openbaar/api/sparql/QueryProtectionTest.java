package nl.openbaar.api.sparql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nl.openbaar.api.OpenbaarServer;
import nl.openbaar.store.TdbStore;
import nl.openbaar.vocab.Iris;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One expensive query must not stall other users: it is stopped at the timeout, and a cap bounds queries at once. */
class QueryProtectionTest {
    /** Three unconstrained patterns over 3,000 triples: 2.7 × 10^10 combinations, far beyond any timeout. */
    private static final String ENDLESS = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    private static final String SIMPLE = "ASK { ?s ?p ?o }";

    @TempDir
    Path dir;
    private TdbStore store;
    private OpenbaarServer server;

    @BeforeEach
    void fill() {
        store = TdbStore.open(dir);
        Model m = ModelFactory.createDefaultModel();
        for (int i = 0; i < 3000; i++) {
            m.add(m.createResource("http://example.org/s" + i), m.createProperty("http://example.org/p" + (i % 7)), "value " + i);
        }
        store.replaceGraph("http://example.org/graph", m);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
        store.close();
    }

    private int start(QueryLimits limits) {
        server = new OpenbaarServer(store, new Iris(Iris.DEFAULT_BASE), limits, 200).start("127.0.0.1", 0);
        return server.port();
    }

    @Test
    void aQueryPastTheTimeoutIsStoppedWithAClearErrorWhileASimpleQueryIsAnswered() throws Exception {
        int port = start(new QueryLimits(Duration.ofSeconds(3), 4, 100_000));
        CompletableFuture<HttpResponse<String>> endless = send(port, ENDLESS);
        Thread.sleep(1000);
        given().port(port).queryParam("query", SIMPLE).accept("application/sparql-results+json").when().get("/sparql")
                .then().statusCode(200).body("boolean", equalTo(true));
        assertTrue(!endless.isDone(), "the endless query should still be running when the simple one is answered");
        HttpResponse<String> stopped = endless.get(60, TimeUnit.SECONDS);
        assertEquals(503, stopped.statusCode());
        assertTrue(stopped.body().contains("Query timed out"), stopped.body());
    }

    @Test
    void queriesBeyondTheCapGetA503WithRetryAfter() throws Exception {
        int port = start(new QueryLimits(Duration.ofSeconds(3), 1, 100_000));
        CompletableFuture<HttpResponse<String>> endless = send(port, ENDLESS);
        Response refused = null;
        for (int i = 0; i < 50 && refused == null; i++) {
            Response response = given().port(port).queryParam("query", SIMPLE).when().get("/sparql");
            if (response.statusCode() == 503) {
                refused = response;
            } else {
                Thread.sleep(50);
            }
        }
        assertTrue(refused != null, "no query was refused while the endless one held the only slot");
        assertEquals("5", refused.header("Retry-After"));
        assertEquals("Too many queries", refused.jsonPath().getString("title"));
        assertEquals(503, endless.get(60, TimeUnit.SECONDS).statusCode());
        given().port(port).queryParam("query", SIMPLE).when().get("/sparql").then().statusCode(200);
    }

    private static CompletableFuture<HttpResponse<String>> send(int port, String query) {
        URI uri = URI.create("http://127.0.0.1:" + port + "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aQueryLargerThanTheMaximumIs413() {
        int port = start(new QueryLimits(Duration.ofSeconds(2), 4, 50));
        given().port(port).formParam("query", "SELECT * { ?s ?p ?o } # " + "x".repeat(100)).when().post("/sparql")
                .then().statusCode(413).body("title", equalTo("Query too large"));
    }

    @Test
    void otherSitesMayQueryTheEndpoint() {
        int port = start(QueryLimits.DEFAULT);
        given().port(port).header("Origin", "https://example.org").queryParam("query", SIMPLE).when().get("/sparql")
                .then().statusCode(200).header("Access-Control-Allow-Origin", "*");
        given().port(port).header("Origin", "https://example.org").header("Access-Control-Request-Method", "POST")
                .when().options("/sparql")
                .then().statusCode(204).header("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
    }
}
