package nl.openbaar.api.rest;

import static nl.openbaar.api.rest.Contract.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.openbaar.client.ApiException;
import nl.openbaar.client.api.MunicipalitiesApi;
import nl.openbaar.client.model.MunicipalityDetail;
import nl.openbaar.client.model.MunicipalityList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /api/v1/municipalities: the municipalities with reports, their years, and one municipality with its reports. */
class MunicipalityApiTest {
    private static ApiServer server;

    @BeforeAll
    static void start() {
        server = ApiServer.get();
    }

    @Test
    void listsTheMunicipalitiesWithReportsAndTheirYears() {
        api(server.port()).when().get("/api/v1/municipalities")
                .then().statusCode(200)
                .body("total", equalTo(13))
                .body("items.code", hasItems("GM0402", "GM0014", "GM1952"))
                .body("items.find { it.code == 'GM0402' }.name", equalTo("Hilversum"))
                .body("items.find { it.code == 'GM0402' }.iri", equalTo("https://identifier.overheid.nl/tooi/id/gemeente/gm0402"))
                .body("items.find { it.code == 'GM0402' }.fiscalYears", equalTo(List.of(2017, 2022)))
                .body("items.find { it.code == 'GM0402' }.documentCount", equalTo(2));
    }

    @Test
    void sortsByNameDescending() {
        List<String> names = api(server.port()).queryParam("sort", "-name").when().get("/api/v1/municipalities")
                .then().statusCode(200).extract().jsonPath().getList("items.name");
        for (int i = 1; i < names.size(); i++) {
            assertTrue(names.get(i - 1).compareToIgnoreCase(names.get(i)) >= 0, names.toString());
        }
    }

    @Test
    void oneMunicipalityComesWithItsReportsAndLinksToItsFigures() {
        api(server.port()).when().get("/api/v1/municipalities/gm0402")
                .then().statusCode(200)
                .body("code", equalTo("GM0402"))
                .body("documents.id", hasItem("hilversum-2022-jaarrekening-burgerzaken"))
                .body("links.budgetFigures", equalTo("/api/v1/budget-figures?municipality=GM0402"));
    }

    @Test
    void aMunicipalityWithoutReportsIsKnownButEmpty() {
        api(server.port()).when().get("/api/v1/municipalities/GM0363")
                .then().statusCode(200).body("name", equalTo("Amsterdam")).body("documents.size()", equalTo(0));
    }

    @Test
    void theGeneratedClientListsAndReadsMunicipalities() throws ApiException {
        MunicipalitiesApi municipalities = new MunicipalitiesApi(server.client());
        MunicipalityList list = municipalities.listMunicipalities(1, 5, "code", null);
        assertEquals(5, list.getItems().size());
        assertEquals(13, list.getTotal());
        MunicipalityDetail midden = municipalities.getMunicipality("GM1952");
        assertEquals("Midden-Groningen", midden.getName());
        assertEquals(List.of(2021), midden.getFiscalYears());
    }

    @Test
    void theGeneratedClientReportsAnUnknownMunicipalityAs404() {
        ApiException e = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class,
                () -> new MunicipalitiesApi(server.client()).getMunicipality("GM9999"));
        assertEquals(404, e.getCode());
        assertTrue(e.getResponseBody().contains("unknown-municipality"), e.getResponseBody());
    }
}
