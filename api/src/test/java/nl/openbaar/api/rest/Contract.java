package nl.openbaar.api.rest;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;

/**
 * The contract, openapi.yaml at the project root, as REST Assured filters: every request and response of an API test
 * goes through one, and a test fails when either does not conform.
 */
public final class Contract {
    public static final Path SPEC = Path.of("..", "openapi.yaml");

    /** Requests and responses must both conform. */
    public static final OpenApiValidationFilter STRICT = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(SPEC.toUri().toString()).build());

    /**
     * For tests of bad input: the request is meant to break the contract (year=abc, an unknown parameter, pageSize
     * 100000), so only the response is held to it — the problem it answers must conform.
     */
    public static final OpenApiValidationFilter RESPONSES = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(SPEC.toUri().toString())
                    .withLevelResolver(LevelResolver.create().withLevel("validation.request", ValidationReport.Level.IGNORE).build())
                    .build());

    private Contract() {
    }

    /** A request to the server, checked against the contract both ways. */
    public static RequestSpecification api(int port) {
        return RestAssured.given().port(port).filter(STRICT);
    }

    /** A deliberately bad request to the server, whose response is checked against the contract. */
    public static RequestSpecification badRequest(int port) {
        return RestAssured.given().port(port).filter(RESPONSES);
    }

    /** A request to the server on {@code RestAssured.port}, checked against the contract both ways. */
    public static RequestSpecification given() {
        return RestAssured.given().filter(STRICT);
    }

    /** A deliberately bad request to the server on {@code RestAssured.port}, whose response is checked against the contract. */
    public static RequestSpecification givenBadInput() {
        return RestAssured.given().filter(RESPONSES);
    }
}
