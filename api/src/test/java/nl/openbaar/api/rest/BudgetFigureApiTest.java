package nl.openbaar.api.rest;

import static nl.openbaar.api.rest.Contract.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.openbaar.client.api.BudgetFiguresApi;
import nl.openbaar.client.model.BudgetFigure;
import nl.openbaar.client.model.BudgetFigureList;
import nl.openbaar.client.model.Flow;
import nl.openbaar.client.model.Phase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /api/v1/budget-figures: filters, provenance and quality flags on every figure, stable paging and sorting. */
class BudgetFigureApiTest {
    private static ApiServer server;

    @BeforeAll
    static void start() {
        server = ApiServer.get();
    }

    @Test
    void aFigureCarriesItsIriProvenanceAndQualityFlags() {
        api(server.port()).queryParam("municipality", "GM0402").queryParam("year", 2022)
                .queryParam("phase", "AmendedBudget").queryParam("flow", "Expenditure")
                .when().get("/api/v1/budget-figures")
                .then().statusCode(200).header("API-Version", "1.0.0")
                .body("total", equalTo(1))
                .body("items[0].iri", equalTo("http://localhost:7070/id/figure/hilversum-2022-jaarrekening-burgerzaken/1-0-0"))
                .body("items[0].line", equalTo("Burgerzaken"))
                .body("items[0].taakveld", equalTo("0.2"))
                .body("items[0].amount", equalTo(2615000))
                .body("items[0].printedValue", equalTo("2.615"))
                .body("items[0].printedScale", equalTo("x € 1.000"))
                .body("items[0].scaleInferred", equalTo(false))
                .body("items[0].crossChecksPassed", equalTo(true))
                .body("items[0].document", equalTo("http://localhost:7070/id/document/hilversum-2022-jaarrekening-burgerzaken"))
                .body("items[0].locator", startsWith("line 43, table 1 'Financiële analyse'"));
    }

    @Test
    void figuresOfATableThatDoesNotAddUpAreFlagged() {
        api(server.port()).queryParam("document", "nieuwkoop-2019-jaarverslag").queryParam("pageSize", 1000)
                .when().get("/api/v1/budget-figures")
                .then().statusCode(200).body("items.crossChecksPassed", hasItem(false));
    }

    @Test
    void filtersCombine() {
        api(server.port()).queryParam("taakveld", "0.2").queryParam("phase", "Actual").queryParam("flow", "Revenue")
                .when().get("/api/v1/budget-figures")
                .then().statusCode(200)
                .body("items.taakveld", everyItem(equalTo("0.2")))
                .body("items.phase", everyItem(equalTo("Actual")))
                .body("items.flow", everyItem(equalTo("Revenue")))
                .body("items.municipality", hasItem("GM1876"));
    }

    @Test
    void programmeAndLineMatchTheirLabelIgnoringCase() {
        api(server.port()).queryParam("programme", "dienstverlening").queryParam("line", "BURGERZAKEN")
                .when().get("/api/v1/budget-figures")
                .then().statusCode(200).body("total", equalTo(6)).body("items.municipality", everyItem(equalTo("GM0402")));
    }

    @Test
    void sortsByTheFieldsAskedForThenByTheDefaultOrder() {
        List<Float> amounts = api(server.port()).queryParam("sort", "-amount").queryParam("pageSize", 1000)
                .when().get("/api/v1/budget-figures").then().statusCode(200).extract().jsonPath().getList("items.amount", Float.class);
        for (int i = 1; i < amounts.size(); i++) {
            assertTrue(amounts.get(i - 1) >= amounts.get(i), "descending at " + i);
        }
    }

    @Test
    void pagesFollowTheLinksToTheLastAndVisitEveryFigureOnce() {
        Response first = api(server.port()).queryParam("pageSize", 40).when().get("/api/v1/budget-figures");
        long total = first.jsonPath().getLong("total");
        assertEquals(String.valueOf(total), first.header("X-Total-Count"));
        int lastPage = (int) ((total + 39) / 40);
        List<String> seen = new ArrayList<>();
        String next = "/api/v1/budget-figures?pageSize=40";
        int pages = 0;
        while (next != null) {
            Response page = api(server.port()).urlEncodingEnabled(false).when().get(next);
            page.then().statusCode(200);
            seen.addAll(page.jsonPath().getList("items.iri"));
            String links = page.header("Link");
            assertTrue(links.contains("page=" + lastPage + ">; rel=\"last\""), links);
            Matcher m = Pattern.compile("<([^>]+)>; rel=\"next\"").matcher(links);
            next = m.find() ? m.group(1) : null;
            pages++;
        }
        assertEquals(lastPage, pages);
        assertEquals(total, seen.size());
        assertEquals(total, new HashSet<>(seen).size(), "no figure twice");
    }

    @Test
    void aPagePastTheLastIsEmpty() {
        api(server.port()).queryParam("page", 999).when().get("/api/v1/budget-figures")
                .then().statusCode(200).body("items.size()", equalTo(0)).header("Link", containsString("rel=\"prev\""));
    }

    @Test
    void theGeneratedClientReadsTheSameFiguresAsJson() throws Exception {
        BudgetFigureList list = new BudgetFiguresApi(server.client())
                .listBudgetFigures("GM0402", 2022, null, null, null, Phase.ACTUAL, Flow.BALANCE, null, null, 1, 10, null);
        assertEquals(1, list.getItems().size());
        BudgetFigure balance = list.getItems().get(0);
        JsonPath json = api(server.port()).queryParam("municipality", "GM0402").queryParam("year", 2022).queryParam("phase", "Actual")
                .queryParam("flow", "Balance").when().get("/api/v1/budget-figures").jsonPath();
        assertEquals(json.getString("items[0].iri"), balance.getIri().toString());
        assertEquals(0, new BigDecimal(json.getString("items[0].amount")).compareTo(balance.getAmount()));
        assertEquals("line 45, table 1 'Financiële analyse', lines 39-53".substring(0, 4), balance.getLocator().substring(0, 4));
        assertNotNull(balance.getDocument());
        assertFalse(balance.getScaleInferred());
    }

    @Test
    void theGeneratedClientDownloadsTheCsv() throws Exception {
        java.io.File csv = new BudgetFiguresApi(server.client())
                .listBudgetFiguresCsv("GM0402", 2022, null, null, null, null, null, null, null, null, null, null);
        List<Map<String, String>> rows = Csvs.parse(java.nio.file.Files.readAllBytes(csv.toPath()), ',');
        assertEquals(6, rows.size());
        assertEquals("GM0402", rows.get(0).get("municipality"));
    }
}
