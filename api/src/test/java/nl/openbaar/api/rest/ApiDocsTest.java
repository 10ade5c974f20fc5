package nl.openbaar.api.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /api/docs: Swagger UI, served by the server itself from the npm package, showing /openapi.yaml. */
class ApiDocsTest {
    private static ApiServer server;

    @BeforeAll
    static void start() {
        server = ApiServer.get();
    }

    @Test
    void theDocsPageLoadsSwaggerUiFromThisServerOnly() {
        given().port(server.port()).when().get("/api/docs")
                .then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("/vendor/swagger-ui/swagger-ui-bundle.js"))
                .body(not(containsString("https://")))
                .body(not(containsString("http://")));
        given().port(server.port()).when().get("/vendor/swagger-ui/swagger-ui-bundle.js").then().statusCode(200);
        given().port(server.port()).when().get("/vendor/swagger-ui/swagger-ui.css").then().statusCode(200);
        given().port(server.port()).when().get("/assets/api-docs.js").then().statusCode(200)
                .body(containsString("/openapi.yaml")).body(containsString("validatorUrl: null"));
    }

    @Test
    void theContractListsEveryFinanceEndpoint() {
        given().port(server.port()).when().get("/openapi.yaml").then().statusCode(200)
                .body(containsString("/api/v1/municipalities/{code}:"))
                .body(containsString("/api/v1/budget-figures:"))
                .body(containsString("/api/v1/indicators:"))
                .body(containsString("/api/v1/indicator-values:"))
                .body(containsString("/api/v1/documents/{id}/sections:"))
                .body(containsString("/api/v1/datasets:"));
    }
}
