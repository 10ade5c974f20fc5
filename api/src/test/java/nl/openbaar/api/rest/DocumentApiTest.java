package nl.openbaar.api.rest;

import static nl.openbaar.api.rest.Contract.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.openbaar.client.ApiException;
import nl.openbaar.client.api.DocumentsApi;
import nl.openbaar.client.model.DocumentDetail;
import nl.openbaar.client.model.DocumentList;
import nl.openbaar.client.model.ReportKind;
import nl.openbaar.client.model.SectionList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /api/v1/documents and their sections: filters, full-text search through the jena-text index, tables and their checks. */
class DocumentApiTest {
    private static ApiServer server;

    @BeforeAll
    static void start() {
        server = ApiServer.get();
    }

    @Test
    void listsTheReportsByMunicipalityYearAndKind() {
        api(server.port()).queryParam("reportKind", "Budget").when().get("/api/v1/documents")
                .then().statusCode(200)
                .body("items.reportKind", everyItem(equalTo("Budget")))
                .body("items.id", hasItems("groningen-2022-begroting-dienstverlening", "westbetuwe-2023-begroting"));
        api(server.port()).queryParam("municipality", "GM0014").queryParam("year", 2022).when().get("/api/v1/documents")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].issued", equalTo("2022-04-07"))
                .body("items[0].sectionCount", equalTo(7));
    }

    @Test
    void fullTextSearchFindsTheReportsThatMentionAWord() {
        api(server.port()).queryParam("q", "verkiezingen").when().get("/api/v1/documents")
                .then().statusCode(200)
                .body("items.id", hasItems("rotterdam-2015-jaarstukken", "bronckhorst-2022-jaarrekening"))
                .body("items.id", hasItem("hilversum-2022-jaarrekening-burgerzaken"));
        api(server.port()).queryParam("q", "zzzonbekendwoord").when().get("/api/v1/documents")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void oneDocumentComesWithItsTablesAndTheirChecks() {
        api(server.port()).when().get("/api/v1/documents/hilversum-2022-jaarrekening-burgerzaken")
                .then().statusCode(200)
                .body("tables[0].title", equalTo("Financiële analyse"))
                .body("tables[0].crossChecksPassed", equalTo(true))
                .body("tables[0].checks.size()", equalTo(2))
                .body("tables[0].checks[0].description", containsString("saldo 1.467"))
                .body("links.sections", equalTo("/api/v1/documents/hilversum-2022-jaarrekening-burgerzaken/sections"));
    }

    @Test
    void sectionsComeInReadingOrderAndCanBeSearched() {
        List<Integer> positions = api(server.port()).when().get("/api/v1/documents/zoetermeer-2021-jaarstukken-dienstverlening/sections")
                .then().statusCode(200).body("total", equalTo(13)).extract().jsonPath().getList("items.position");
        for (int i = 1; i < positions.size(); i++) {
            assertTrue(positions.get(i - 1) < positions.get(i), positions.toString());
        }
        api(server.port()).queryParam("q", "paspoort*").when().get("/api/v1/documents/groningen-2022-begroting-dienstverlening/sections")
                .then().statusCode(200).body("items.title", hasItem("Burgerzaken"))
                .body("items.text", everyItem(containsString("aspoort")));
    }

    @Test
    void theGeneratedClientSearchesReadsAndPagesThroughSections() throws ApiException {
        DocumentsApi documents = new DocumentsApi(server.client());
        DocumentList found = documents.listDocuments(null, null, ReportKind.ANNUAL_ACCOUNTS, "verkiezingen", null, 1, 10, null);
        assertFalse(found.getItems().isEmpty());
        DocumentDetail detail = documents.getDocument(found.getItems().get(0).getId());
        assertEquals(found.getItems().get(0).getTitle(), detail.getTitle());
        SectionList page1 = documents.listSections(detail.getId(), null, 1, 1, null);
        assertEquals(detail.getSectionCount(), page1.getTotal());
        assertEquals(1, page1.getItems().size());
    }
}
