package nl.openbaar.api.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.openbaar.client.ApiException;
import nl.openbaar.client.api.WooApi;
import nl.openbaar.client.model.Publication;
import nl.openbaar.client.model.PublicationList;
import org.junit.jupiter.api.Test;

/** The Woo register's public search through the generated client, as a developer would use it. */
class WooRegisterClientTest {
    @Test
    void theGeneratedClientFindsTheHarvestedReportsInTheirCategory() throws ApiException {
        ApiServer server = ApiServer.get();
        PublicationList reports = new WooApi(server.client()).apiV1PublicationsGet(null, "infocat012", null, null, 1, 100);
        assertEquals(15, reports.getTotal(), "every bundled report is a publication in jaarplannen en jaarverslagen");
        assertTrue(reports.getItems().stream().map(Publication::getTitle).anyMatch(t -> t.contains("Hilversum")),
                "the titles are the reports' own");
    }
}
