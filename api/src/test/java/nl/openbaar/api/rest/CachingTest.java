package nl.openbaar.api.rest;

import static nl.openbaar.api.rest.Contract.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An answer's ETag is the store's version: the same until the store changes, a 304 for a client that has it. */
class CachingTest {
    private static ApiServer server;

    @BeforeAll
    static void start() {
        server = ApiServer.get();
    }

    @Test
    void aClientWithTheCurrentETagGets304() {
        String etag = api(server.port()).when().get("/api/v1/budget-figures").then().statusCode(200)
                .header("ETag", notNullValue()).header("Cache-Control", containsString("max-age"))
                .extract().header("ETag");
        api(server.port()).header("If-None-Match", etag).when().get("/api/v1/budget-figures")
                .then().statusCode(304).header("ETag", equalTo(etag)).body(equalTo(""));
        api(server.port()).header("If-None-Match", etag).when().get("/api/v1/budget-figures?page=2")
                .then().statusCode(304);
    }

    @Test
    void aDetailAndTheCsvMetadataAreConditionalToo() {
        String etag = api(server.port()).when().get("/api/v1/documents/hilversum-2022-jaarrekening-burgerzaken").header("ETag");
        api(server.port()).header("If-None-Match", etag).when().get("/api/v1/documents/hilversum-2022-jaarrekening-burgerzaken")
                .then().statusCode(304);
        String csvw = api(server.port()).when().get("/api/v1/datasets.csv-metadata.json").header("ETag");
        api(server.port()).header("If-None-Match", csvw).when().get("/api/v1/datasets.csv-metadata.json").then().statusCode(304);
    }

    @Test
    void jsonAndCsvHaveDifferentETags() {
        String json = api(server.port()).when().get("/api/v1/indicators").header("ETag");
        String csv = api(server.port()).when().get("/api/v1/indicators.csv").header("ETag");
        assertNotEquals(json, csv);
        api(server.port()).header("If-None-Match", json).when().get("/api/v1/indicators.csv").then().statusCode(200);
    }

    @Test
    void aWriteToTheStoreChangesTheETag() {
        String before = api(server.port()).when().get("/api/v1/municipalities").header("ETag");
        assertEquals(before, api(server.port()).when().get("/api/v1/municipalities").header("ETag"));
        var unrelated = ModelFactory.createDefaultModel();
        unrelated.add(unrelated.createResource("http://example.org/x"), unrelated.createProperty("http://example.org/p"), "y");
        server.store.replaceGraph("http://example.org/graph/caching-test", unrelated);
        String after = api(server.port()).when().get("/api/v1/municipalities").header("ETag");
        assertNotEquals(before, after);
        api(server.port()).header("If-None-Match", before).when().get("/api/v1/municipalities").then().statusCode(200);
    }
}
