package nl.openbaar.api.rest;

import static nl.openbaar.api.rest.Contract.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.openbaar.client.ApiException;
import nl.openbaar.client.api.DatasetsApi;
import nl.openbaar.client.model.Dataset;
import nl.openbaar.client.model.DatasetKind;
import nl.openbaar.client.model.DatasetList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /api/v1/datasets: the DCAT catalog as JSON, each dataset with its download and SPARQL service. */
class DatasetApiTest {
    private static ApiServer server;

    @BeforeAll
    static void start() {
        server = ApiServer.get();
    }

    @Test
    void listsTheDatasetsOfTheCatalog() {
        api(server.port()).queryParam("pageSize", 100).when().get("/api/v1/datasets")
                .then().statusCode(200)
                .body("total", equalTo(31)) // the report datasets of the 15 harvested reports; the catalog's Woo register dataset is not one
                .body("items.kind", hasItem("indicators"))
                .body("items.sparqlEndpoint", everyItem(equalTo("http://localhost:7070/sparql")))
                .body("items.downloadUrl", everyItem(startsWith("http://localhost:7070/download/")))
                .body("items.find { it.iri == 'http://localhost:7070/id/dataset/hilversum-2022-jaarrekening-burgerzaken/budget' }.fiscalYear",
                        equalTo(2022));
    }

    @Test
    void theGeneratedClientFiltersDatasetsByMunicipalityAndKind() throws ApiException {
        DatasetList list = new DatasetsApi(server.client()).listDatasets("GM0402", null, DatasetKind.BUDGET, 1, 50, null);
        assertEquals(1, list.getItems().size());
        Dataset budget = list.getItems().get(0);
        assertEquals("hilversum-2022-jaarrekening-burgerzaken", budget.getDocumentId());
        assertEquals("http://localhost:7070/download/hilversum-2022-jaarrekening-burgerzaken/budget.ttl", budget.getDownloadUrl().toString());
    }
}
