package nl.openbaar.api.queries;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.openbaar.api.OpenbaarServer;
import nl.openbaar.api.BundledStore;
import nl.openbaar.api.rest.Contract;
import nl.openbaar.store.TdbStore;
import nl.openbaar.vocab.Iris;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worked example questions as an API: typed parameters, JSON or CSV, pages with correct next and last links. */
class SavedQueryApiTest {
    @TempDir
    static Path data;
    private static TdbStore store;
    private static OpenbaarServer server;

    @BeforeAll
    static void start() {
        Iris iris = new Iris(Iris.DEFAULT_BASE);
        store = BundledStore.harvested(data.resolve("store"));
        server = new OpenbaarServer(store, iris, Duration.ofSeconds(30)).start("127.0.0.1", 0);
        RestAssured.port = server.port();
    }

    /** Every request and response is checked against openapi.yaml. */
    private static io.restassured.specification.RequestSpecification given() {
        return Contract.api(server.port());
    }

    /** For requests that break the contract on purpose: only the response is checked. */
    private static io.restassured.specification.RequestSpecification givenBadInput() {
        return Contract.badRequest(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    @Test
    void listsTheSavedQueriesWithTheirParameters() {
        given().when().get("/api/v1/queries").then().statusCode(200).header("API-Version", "1.0.0")
                .body("items.name", hasItem("overspent-lines"))
                .body("items.find { it.name == 'overspent-lines' }.parameters[0].type", equalTo("xsd:gYear"));
    }

    @Test
    void answersAQuestionWithItsParameterAsJson() {
        given().queryParam("code", "0.2").when().get("/api/v1/queries/taakveld-across-municipalities")
                .then().statusCode(200).contentType(startsWith("application/json"))
                .body("items.municipality", hasItem("Bronckhorst"))
                .body("items.find { it.municipality == 'Hilversum' && it.printed == '-1.500' }.flow",
                        equalTo("https://w3id.org/openbaar/def#Revenue"));
    }

    @Test
    void answersAsCsvByAcceptOrSuffix() {
        given().accept("text/csv").when().get("/api/v1/queries/missed-targets")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .body(startsWith("municipality,indicator,year,realised,target,explanation"));
        given().when().get("/api/v1/queries/missed-targets.csv").then().statusCode(200).body(containsString("Zoetermeer"));
    }

    @Test
    void pagesWithCorrectNextAndLastLinksThatVisitEveryRowOnce() {
        int total = Integer.parseInt(given().when().get("/api/v1/queries/overspent-lines?year=2021").header("X-Total-Count"));
        assertTrue(total > 3, "total " + total);
        List<String> seen = new ArrayList<>();
        String next = "/api/v1/queries/overspent-lines?year=2021&pageSize=2";
        int pages = 0;
        while (next != null) {
            Response response = given().urlEncodingEnabled(false).when().get(next);
            response.then().statusCode(200);
            seen.addAll(response.jsonPath().getList("items.line"));
            String links = response.header("Link");
            assertTrue(links.contains("page=" + ((total + 1) / 2) + ">; rel=\"last\""), links);
            Matcher m = Pattern.compile("<([^>]+)>; rel=\"next\"").matcher(links);
            next = m.find() ? m.group(1) : null;
            pages++;
        }
        assertEquals((total + 1) / 2, pages);
        assertEquals(total, seen.size());
    }

    @Test
    void badInputIsAProblemNotAServerError() {
        givenBadInput().queryParam("year", "abc").when().get("/api/v1/queries/overspent-lines")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("detail", equalTo("parameter 'year' must be a year such as 2021, not 'abc'"));
        givenBadInput().queryParam("colour", "red").when().get("/api/v1/queries/overspent-lines").then().statusCode(400);
        givenBadInput().queryParam("pageSize", "100000").when().get("/api/v1/queries/overspent-lines").then().statusCode(400);
        givenBadInput().when().get("/api/v1/queries/no-such-question").then().statusCode(404).body("status", equalTo(404));
    }

    @Test
    void servesItsContract() {
        io.restassured.RestAssured.given().port(server.port()).when().get("/openapi.yaml").then().statusCode(200).body(containsString("/api/v1/queries/{name}"));
    }
}
