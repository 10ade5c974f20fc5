package nl.openbaar.api.sparql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import nl.openbaar.api.OpenbaarServer;
import nl.openbaar.store.TdbStore;
import nl.openbaar.vocab.Iris;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The protocol dataset (default-graph-uri, named-graph-uri) and the protocol's refusals, on a store of two graphs. */
class ProtocolDatasetTest {
    private static final String G1 = "http://example.org/graph/one";
    private static final String G2 = "http://example.org/graph/two";
    private static final String LABELS = "SELECT ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }";
    private static final String GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }";

    @TempDir
    static Path dir;
    private static TdbStore store;
    private static OpenbaarServer server;

    @BeforeAll
    static void start() {
        store = TdbStore.open(dir);
        store.replaceGraph(G1, labelled("http://example.org/x1", "one"));
        store.replaceGraph(G2, labelled("http://example.org/x2", "two"));
        server = new OpenbaarServer(store, new Iris(Iris.DEFAULT_BASE), Duration.ofSeconds(10)).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    @Test
    void queriesTheUnionOfTheNamedGraphsWhenNoDatasetIsGiven() {
        request().queryParam("query", LABELS).get("/sparql")
                .then().statusCode(200).body("results.bindings.l.value", containsInAnyOrder("one", "two"));
    }

    @Test
    void takesTheDefaultGraphFromDefaultGraphUri() {
        request().queryParam("query", LABELS).queryParam("default-graph-uri", G1).get("/sparql")
                .then().statusCode(200).body("results.bindings.l.value", contains("one"));
    }

    @Test
    void takesTheDatasetFromAPostedFormAndTheUrl() {
        request().queryParam("default-graph-uri", G2).formParam("query", LABELS).post("/sparql")
                .then().statusCode(200).body("results.bindings.l.value", contains("two"));
    }

    @Test
    void offersOnlyTheNamedGraphsOfNamedGraphUriAndAnEmptyDefaultGraph() {
        request().queryParam("query", GRAPHS).queryParam("named-graph-uri", G2).get("/sparql")
                .then().statusCode(200).body("results.bindings.g.value", contains(G2));
        request().queryParam("query", "ASK { ?s ?p ?o }").queryParam("named-graph-uri", G2).get("/sparql")
                .then().statusCode(200).body("boolean", equalTo(false));
    }

    @Test
    void letsTheProtocolDatasetReplaceTheQuerysFrom() {
        String fromTwo = LABELS.replace("WHERE", "FROM <" + G2 + "> WHERE");
        request().queryParam("query", fromTwo).get("/sparql")
                .then().statusCode(200).body("results.bindings.l.value", contains("two"));
        request().queryParam("query", fromTwo).queryParam("default-graph-uri", G1).get("/sparql")
                .then().statusCode(200).body("results.bindings.l.value", contains("one"));
    }

    @Test
    void refusesMoreThanOneQuery() {
        request().queryParam("query", LABELS, GRAPHS).get("/sparql")
                .then().statusCode(400).contentType(startsWith("application/problem+json")).body("title", equalTo("More than one query"));
    }

    @Test
    void refusesOtherMethodsWith405() {
        request().put("/sparql").then().statusCode(405).header("Allow", "GET, POST, OPTIONS")
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void refusesABodyThatIsNotUtf8() {
        request().contentType("application/sparql-query; charset=UTF-16").body("ASK {}".getBytes(StandardCharsets.UTF_16))
                .post("/sparql").then().statusCode(415);
        request().contentType("application/sparql-query").body(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'A'})
                .post("/sparql").then().statusCode(400).body("title", equalTo("Body is not UTF-8"));
    }

    private static RequestSpecification request() {
        return given().port(server.port()).accept("application/sparql-results+json");
    }

    private static Model labelled(String iri, String label) {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(iri).addProperty(RDFS.label, label);
        return m;
    }
}
