package nl.openbaar.api.rest;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.javalin.Javalin;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The contract filter the API tests go through does catch a server that breaks openapi.yaml. */
class ContractFilterTest {
    private static Javalin impostor;

    @BeforeAll
    static void start() {
        impostor = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            // a required field missing (total), a number as text (page), an unknown field (extra)
            cfg.routes.get("/api/v1/municipalities", ctx -> ctx.contentType("application/json")
                    .result("{\"items\":[],\"page\":\"one\",\"pageSize\":50,\"extra\":true}"));
            // a CSV list answered as HTML
            cfg.routes.get("/api/v1/datasets.csv", ctx -> ctx.contentType("text/html").result("<p>no</p>"));
        }).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        impostor.stop();
    }

    @Test
    void rejectsAResponseThatDoesNotConform() {
        OpenApiValidationFilter.OpenApiValidationException e = assertThrows(OpenApiValidationFilter.OpenApiValidationException.class,
                () -> RestAssured.given().port(impostor.port()).filter(Contract.STRICT).when().get("/api/v1/municipalities"));
        String report = e.getMessage();
        assertTrue(report.contains("total"), report);
        assertTrue(report.contains("page"), report);
        assertTrue(report.contains("extra"), report);
    }

    @Test
    void rejectsAResponseOfAMediaTypeTheContractDoesNotDeclare() {
        assertThrows(OpenApiValidationFilter.OpenApiValidationException.class,
                () -> RestAssured.given().port(impostor.port()).filter(Contract.STRICT).when().get("/api/v1/datasets.csv"));
    }

    @Test
    void rejectsARequestThatDoesNotConform() {
        assertThrows(OpenApiValidationFilter.OpenApiValidationException.class,
                () -> RestAssured.given().port(impostor.port()).filter(Contract.STRICT).queryParam("pageSize", 100000)
                        .when().get("/api/v1/municipalities"));
    }
}
