package nl.openbaar.api.rest;

import static nl.openbaar.api.rest.Contract.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import nl.openbaar.client.ApiException;
import nl.openbaar.client.api.IndicatorValuesApi;
import nl.openbaar.client.api.IndicatorsApi;
import nl.openbaar.client.model.Indicator;
import nl.openbaar.client.model.IndicatorList;
import nl.openbaar.client.model.IndicatorValue;
import nl.openbaar.client.model.IndicatorValueList;
import nl.openbaar.client.model.ValueKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /api/v1/indicators and /api/v1/indicator-values: the KPIs, their targets and realisations with provenance. */
class IndicatorApiTest {
    private static ApiServer server;

    @BeforeAll
    static void start() {
        server = ApiServer.get();
    }

    @Test
    void listsIndicatorsWithUnitAndNumberOfValues() {
        api(server.port()).queryParam("municipality", "GM0014").when().get("/api/v1/indicators")
                .then().statusCode(200)
                .body("items.municipality", everyItem(equalTo("GM0014")))
                .body("items.find { it.label == 'Gemiddelde wachttijd balie (op afspraak)' }.unit", equalTo("http://qudt.org/vocab/unit/MIN"))
                .body("items.find { it.label == 'Gemiddelde wachttijd balie (op afspraak)' }.valueCount", greaterThan(0));
    }

    @Test
    void missedTargetsComeWithTheExplanationAndWhereItWasPrinted() {
        api(server.port()).queryParam("targetMet", false).when().get("/api/v1/indicator-values")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.targetMet", everyItem(equalTo(false)))
                .body("items.municipality", hasItem("GM0637"))
                .body("items.find { it.value == 7 }.explanation", startsWith("De oorzaak is niet bekend"))
                .body("items.locator", everyItem(notNullValue()))
                .body("items.document", everyItem(startsWith("http://localhost:7070/id/document/")));
    }

    @Test
    void filtersValuesByIndicatorYearAndKind() {
        api(server.port()).queryParam("indicator", "gm0014/gemiddelde-wachttijd-balie-op-afspraak").queryParam("valueKind", "Target")
                .when().get("/api/v1/indicator-values")
                .then().statusCode(200)
                .body("items.indicator", everyItem(equalTo("gm0014/gemiddelde-wachttijd-balie-op-afspraak")))
                .body("items.valueKind", everyItem(equalTo("Target")))
                .body("items.unit", everyItem(equalTo("http://qudt.org/vocab/unit/MIN")));
    }

    @Test
    void theGeneratedClientFollowsAnIndicatorToItsValues() throws ApiException {
        IndicatorList list = new IndicatorsApi(server.client()).listIndicators("GM0637", null, "-valueCount", 1, 10, null);
        assertFalse(list.getItems().isEmpty());
        Indicator indicator = list.getItems().get(0);
        IndicatorValueList values = new IndicatorValuesApi(server.client())
                .listIndicatorValues(null, indicator.getId(), null, null, null, null, null, 1, 100, null);
        assertEquals(indicator.getValueCount(), values.getTotal());
        for (IndicatorValue value : values.getItems()) {
            assertEquals(indicator.getLabel(), value.getIndicatorLabel());
            assertTrue(value.getValueKind() == ValueKind.TARGET || value.getValueKind() == ValueKind.REALISED);
            assertTrue(value.getValue().compareTo(BigDecimal.ZERO) >= 0);
            assertFalse(value.getPrintedValue().isEmpty());
        }
    }
}
