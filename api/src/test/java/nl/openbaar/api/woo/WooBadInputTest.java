package nl.openbaar.api.woo;

import static nl.openbaar.api.rest.Contract.givenBadInput;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.RestAssured;
import java.nio.file.Path;
import java.time.Duration;
import nl.openbaar.api.OpenbaarServer;
import nl.openbaar.api.linkeddata.CatalogHandler;
import nl.openbaar.api.sparql.QueryLimits;
import nl.openbaar.store.TdbStore;
import nl.openbaar.vocab.Iris;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad input to the public Woo API — unknown ids, bad parameters, media types it does not serve — is a 4xx problem the
 * contract describes (the requests break the contract on purpose; the answers must conform to it).
 */
class WooBadInputTest {
    @TempDir
    static Path data;
    private static TdbStore store;
    private static OpenbaarServer server;

    @BeforeAll
    static void start() {
        store = TdbStore.open(data.resolve("store"));
        server = new OpenbaarServer(store, new Iris(Iris.DEFAULT_BASE), QueryLimits.withTimeout(Duration.ofSeconds(30)),
                CatalogHandler.DEFAULT_PAGE_SIZE, data).start("127.0.0.1", 0);
        RestAssured.port = server.port();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', value = {
        "/api/v1/woo-requests?pageSize=0 | application/json",
        "/api/v1/woo-requests?year=abc | application/json",
        "/api/v1/woo-requests | application/xml",
        "/api/v1/woo-requests/2025-0001 | application/json",
        "/api/v1/woo-requests/2025-0001 | text/csv",
        "/api/v1/woo-requests/2025-0001/inventory | application/json",
        "/api/v1/woo-requests/2025-0001/inventory.csv | text/csv",
        "/api/v1/woo-statistics?pageSize=100000 | application/json",
        "/api/v1/woo-statistics | application/xml",
        "/api/v1/publications?pageSize=0 | application/json",
        "/api/v1/publications?to=morgen | application/json",
        "/api/v1/publications | application/xml",
        "/api/v1/publications/pub-2099-00000000 | application/json",
        "/api/v1/publications/pub-2099-00000000 | text/csv",
        "/api/v1/publications/pub-2099-00000000/files/f1 | */*",
        "/woo/sitemapindex-diwoo-infocat999.xml | application/xml",
        "/woo/sitemaps/nothing.xml | application/xml",
        "/woo/diwoo/pub-2099-00000000.xml | application/xml",
    })
    void isAProblemTheContractDescribes(String path, String accept) {
        givenBadInput().urlEncodingEnabled(false).accept(accept).when().get(path).then()
                .statusCode(greaterThanOrEqualTo(400)).statusCode(lessThan(500))
                .contentType(startsWith("application/problem+json"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/v1/woo-requests", "/api/v1/publications", "/api/v1/woo-statistics"})
    void anUnknownQueryParameterIsA400(String path) {
        givenBadInput().queryParam("colour", "red").when().get(path).then().statusCode(400)
                .body("status", equalTo(400));
    }
}
