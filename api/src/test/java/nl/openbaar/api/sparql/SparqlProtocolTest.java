package nl.openbaar.api.sparql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.time.Duration;
import nl.openbaar.api.OpenbaarServer;
import nl.openbaar.store.TdbStore;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SPARQL 1.1 Protocol basics of /sparql, against a real server on loopback over a real TDB2 store. */
class SparqlProtocolTest {
    private static final String SELECT = "SELECT ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?label";
    private static final String ASK = "ASK { ?s ?p \"Burgerzaken\" }";
    private static final String CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }";

    @TempDir
    static Path dir;
    private static TdbStore store;
    private static OpenbaarServer server;

    @BeforeAll
    static void start() {
        store = TdbStore.open(dir);
        Model m = ModelFactory.createDefaultModel();
        m.read(new java.io.StringReader("""
                <http://example.org/a> <http://www.w3.org/2000/01/rdf-schema#label> "Burgerzaken" .
                <http://example.org/b> <http://www.w3.org/2000/01/rdf-schema#label> "Voorlichting" .
                """), null, "N-TRIPLES");
        store.replaceGraph("http://example.org/graph/test", m);
        server = new OpenbaarServer(store, new nl.openbaar.vocab.Iris(nl.openbaar.vocab.Iris.DEFAULT_BASE), Duration.ofSeconds(10)).start("127.0.0.1", 0);
        RestAssured.port = server.port();
        RestAssured.config = RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                .encodeContentTypeAs("application/sparql-query", ContentType.TEXT)
                .encodeContentTypeAs("application/sparql-update", ContentType.TEXT));
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    @Test
    void answersAQuerySentByGet() {
        given().queryParam("query", SELECT).accept("application/sparql-results+json")
                .when().get("/sparql")
                .then().statusCode(200).contentType(startsWith("application/sparql-results+json"))
                .body("head.vars", hasItem("label"))
                .body("results.bindings[0].label.value", equalTo("Burgerzaken"));
    }

    @Test
    void answersAQueryPostedAsAForm() {
        given().formParam("query", SELECT).accept("application/sparql-results+json")
                .when().post("/sparql")
                .then().statusCode(200).body("results.bindings[1].label.value", equalTo("Voorlichting"));
    }

    @Test
    void answersAQueryPostedAsSparqlQuery() {
        given().contentType("application/sparql-query").body(SELECT).accept("application/sparql-results+json")
                .when().post("/sparql")
                .then().statusCode(200).body("results.bindings.size()", equalTo(2));
    }

    @Test
    void givesSparqlJsonWhenTheClientStatesNoPreference() {
        given().queryParam("query", SELECT).when().get("/sparql")
                .then().statusCode(200).contentType(startsWith("application/sparql-results+json"));
    }

    @Test
    void givesSelectResultsAsSparqlXml() {
        given().queryParam("query", SELECT).accept("application/sparql-results+xml").when().get("/sparql")
                .then().statusCode(200).contentType(startsWith("application/sparql-results+xml"))
                .body(containsString("<literal>Burgerzaken</literal>"));
    }

    @Test
    void givesSelectResultsAsCsv() {
        given().queryParam("query", SELECT).accept("text/csv").when().get("/sparql")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .body(equalTo("label\r\nBurgerzaken\r\nVoorlichting\r\n"));
    }

    @Test
    void givesSelectResultsAsTsv() {
        given().queryParam("query", SELECT).accept("text/tab-separated-values").when().get("/sparql")
                .then().statusCode(200).contentType(startsWith("text/tab-separated-values"))
                .body(equalTo("?label\n\"Burgerzaken\"\n\"Voorlichting\"\n"));
    }

    @Test
    void givesAskResultsAsSparqlJsonAndXml() {
        given().queryParam("query", ASK).accept("application/sparql-results+json").when().get("/sparql")
                .then().statusCode(200).body("boolean", equalTo(true));
        given().queryParam("query", ASK).accept("application/sparql-results+xml").when().get("/sparql")
                .then().statusCode(200).body(containsString("<boolean>true</boolean>"));
    }

    @Test
    void givesConstructResultsAsTurtle() {
        given().queryParam("query", CONSTRUCT).accept("text/turtle").when().get("/sparql")
                .then().statusCode(200).contentType(startsWith("text/turtle")).body(containsString("\"Voorlichting\""));
    }

    @Test
    void givesConstructResultsAsJsonLd() {
        given().queryParam("query", CONSTRUCT).accept("application/ld+json").when().get("/sparql")
                .then().statusCode(200).contentType(startsWith("application/ld+json")).body(containsString("Voorlichting"));
    }

    @Test
    void givesConstructResultsAsNTriples() {
        given().queryParam("query", CONSTRUCT).accept("application/n-triples").when().get("/sparql")
                .then().statusCode(200).contentType(startsWith("application/n-triples"))
                .body(containsString("<http://example.org/a> <http://www.w3.org/2000/01/rdf-schema#label> \"Burgerzaken\" ."));
    }

    @Test
    void givesDescribeResultsAsTurtle() {
        given().queryParam("query", "DESCRIBE <http://example.org/a>").accept("text/turtle").when().get("/sparql")
                .then().statusCode(200).body(containsString("Burgerzaken"));
    }

    @Test
    void answersASyntaxErrorWithAReadable400() {
        given().queryParam("query", "SELECT ?x WHERE { ?x ").when().get("/sparql")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("title", equalTo("SPARQL syntax error")).body("detail", containsString("line 1"));
    }

    @Test
    void refusesAnUpdatePostedAsSparqlUpdate() {
        given().contentType("application/sparql-update").body("INSERT DATA { <http://e/x> <http://e/p> 1 }")
                .when().post("/sparql")
                .then().statusCode(403).contentType(startsWith("application/problem+json")).body("detail", containsString("read-only"));
        assertStoreUnchanged();
    }

    @Test
    void refusesAnUpdatePostedAsAForm() {
        given().formParam("update", "DELETE WHERE { ?s ?p ?o }").when().post("/sparql").then().statusCode(403);
        assertStoreUnchanged();
    }

    @Test
    void refusesAnUpdateSentAsAQuery() {
        given().queryParam("query", "DELETE WHERE { ?s ?p ?o }").when().get("/sparql").then().statusCode(403);
        assertStoreUnchanged();
    }

    @Test
    void answersAMissingQueryWith400() {
        given().formParam("other", "x").when().post("/sparql").then().statusCode(400).body("title", equalTo("Missing query"));
    }

    @Test
    void describesItselfToARequestWithoutAQuery() {
        given().accept("text/turtle").when().get("/sparql")
                .then().statusCode(200).contentType(startsWith("text/turtle"))
                .body(containsString("sd:SPARQL11Query")).body(containsString("sd:endpoint"));
    }

    @Test
    void answersAnUnacceptableFormatWith406() {
        given().queryParam("query", SELECT).accept("image/png").when().get("/sparql").then().statusCode(406);
    }

    @Test
    void answersAnUnsupportedPostBodyWith415() {
        given().contentType("application/json").body("{}").when().post("/sparql").then().statusCode(415);
    }

    @Test
    void answersHealth() {
        given().when().get("/healthz").then().statusCode(200).body("status", equalTo("ok")).body("graphs", equalTo(1));
    }

    private static void assertStoreUnchanged() {
        given().queryParam("query", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").when().get("/sparql")
                .then().body("results.bindings[0].n.value", equalTo("2"));
    }
}
