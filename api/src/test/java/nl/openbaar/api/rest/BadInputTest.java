package nl.openbaar.api.rest;

import static nl.openbaar.api.rest.Contract.badRequest;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad input is answered with an RFC 9457 problem and a 4xx, never a 5xx. The requests break the contract on purpose;
 * the problems they get must still conform to it.
 */
class BadInputTest {
    private static final String PROBLEMS = "https://w3id.org/openbaar/problems/";
    private static ApiServer server;

    @BeforeAll
    static void start() {
        server = ApiServer.get();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/api/v1/budget-figures?municipality=GM9999 | 400 | unknown-municipality",
        "/api/v1/budget-figures?municipality=Hilversum | 400 | unknown-municipality",
        "/api/v1/budget-figures?year=abc | 400 | bad-parameter",
        "/api/v1/indicator-values?year=20211 | 400 | bad-parameter",
        "/api/v1/budget-figures?pageSize=100000 | 400 | bad-parameter",
        "/api/v1/budget-figures?pageSize=0 | 400 | bad-parameter",
        "/api/v1/documents?page=-1 | 400 | bad-parameter",
        "/api/v1/budget-figures?colour=red | 400 | unknown-parameter",
        "/api/v1/municipalities?municipality=GM0402 | 400 | unknown-parameter",
        "/api/v1/budget-figures?phase=Realisatie | 400 | bad-parameter",
        "/api/v1/budget-figures?taakveld=burgerzaken | 400 | bad-parameter",
        "/api/v1/budget-figures?sort=colour | 400 | bad-parameter",
        "/api/v1/budget-figures?year=2021&year=2022 | 400 | bad-parameter",
        "/api/v1/budget-figures.csv?dialect=excel-de | 400 | bad-parameter",
        "/api/v1/indicator-values?targetMet=yes | 400 | bad-parameter",
        "/api/v1/indicator-values?indicator=../../etc | 400 | bad-parameter",
        "/api/v1/documents?q=%2A | 400 | bad-parameter",
        "/api/v1/documents?q=foo%28 | 400 | bad-parameter",
        "/api/v1/documents/zoetermeer-2021-jaarstukken-dienstverlening/sections?q=%22open | 400 | bad-parameter",
        "/api/v1/municipalities/GM9999 | 404 | unknown-municipality",
        "/api/v1/documents/no-such-report | 404 | unknown-document",
        "/api/v1/documents/no-such-report/sections | 404 | unknown-document",
        "/api/v1/documents/no-such-report/sections.csv-metadata.json | 404 | unknown-document",
        "/api/v1/documents/NOT_AN_ID | 404 | unknown-document",
    })
    void isAProblem(String request, int status, String code) {
        badRequest(server.port()).urlEncodingEnabled(false).when().get(request)
                .then().statusCode(status).contentType(startsWith("application/problem+json"))
                .body("type", equalTo(PROBLEMS + code))
                .body("status", equalTo(status));
    }

    @Test
    void aProblemSaysWhatWasWrong() {
        badRequest(server.port()).queryParam("year", "abc").when().get("/api/v1/budget-figures")
                .then().statusCode(400).body("detail", equalTo("'year' must be a whole number from 1800 to 2200, not 'abc'"));
        badRequest(server.port()).queryParam("colour", "red").when().get("/api/v1/budget-figures")
                .then().statusCode(400).body("detail", containsString("unknown query parameter(s) [colour]"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/api/v1/budget-figures | text/html",
        "/api/v1/municipalities | application/xml",
        "/api/v1/municipalities/GM0402 | text/csv",
        "/api/v1/documents/hilversum-2022-jaarrekening-burgerzaken | text/csv",
        "/api/v1/datasets | application/json;q=0, text/csv;q=0",
    })
    void anUnacceptableMediaTypeIs406(String path, String accept) {
        badRequest(server.port()).accept(accept).when().get(path)
                .then().statusCode(406).contentType(startsWith("application/problem+json"))
                .body("type", equalTo(PROBLEMS + "not-acceptable"));
    }
}
