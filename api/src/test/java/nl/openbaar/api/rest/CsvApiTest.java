package nl.openbaar.api.rest;

import static nl.openbaar.api.rest.Contract.api;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every list as CSV says what its JSON says: parsed with a CSV library, each row and cell equals the JSON item, the
 * CSVW metadata names exactly the CSV's columns, and the Dutch spreadsheet dialect differs only in its punctuation.
 */
class CsvApiTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static ApiServer server;

    @BeforeAll
    static void start() {
        server = ApiServer.get();
    }

    static Stream<String> lists() {
        return Stream.of("/api/v1/municipalities", "/api/v1/budget-figures", "/api/v1/indicators", "/api/v1/indicator-values",
                "/api/v1/documents", "/api/v1/documents/zoetermeer-2021-jaarstukken-dienstverlening/sections", "/api/v1/datasets");
    }

    @ParameterizedTest
    @MethodSource("lists")
    void theCsvHoldsTheSameValuesAsTheJson(String list) throws IOException {
        JsonNode json = JSON.readTree(api(server.port()).queryParam("pageSize", 1000).when().get(list).then().statusCode(200)
                .extract().asByteArray());
        byte[] csv = api(server.port()).queryParam("pageSize", 1000).when().get(list + ".csv").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asByteArray();
        List<Map<String, String>> rows = Csvs.parse(csv, ',');
        JsonNode items = json.get("items");
        assertEquals(items.size(), rows.size(), list);
        assertFalse(rows.isEmpty(), list);
        for (int i = 0; i < rows.size(); i++) {
            assertSameValues(items.get(i), rows.get(i), '.', list + " row " + i);
        }
    }

    @ParameterizedTest
    @MethodSource("lists")
    void theCsvwMetadataNamesExactlyTheColumnsAndIsLinkedFromTheCsv(String list) throws IOException {
        Response csv = api(server.port()).accept("text/csv").when().get(list);
        csv.then().statusCode(200).contentType(startsWith("text/csv"));
        Matcher describedBy = Pattern.compile("<([^>]+)>; rel=\"describedby\"").matcher(csv.header("Link"));
        assertTrue(describedBy.find(), csv.header("Link"));
        assertEquals(list + ".csv-metadata.json", describedBy.group(1));
        JsonNode metadata = JSON.readTree(api(server.port()).when().get(describedBy.group(1)).then().statusCode(200)
                .contentType(startsWith("application/csvm+json")).extract().asByteArray());
        List<String> described = new ArrayList<>();
        metadata.get("tableSchema").get("columns").forEach(c -> described.add(c.get("name").asText()));
        assertEquals(Csvs.header(csv.asByteArray(), ','), described);
        assertEquals("http://www.w3.org/ns/csvw", metadata.get("@context").asText());
        assertEquals(list.substring(list.lastIndexOf('/') + 1) + ".csv", metadata.get("url").asText());
    }

    @Test
    void acceptTextCsvAndTheCsvSuffixGiveTheSameBytes() {
        byte[] byAccept = api(server.port()).accept("text/csv").when().get("/api/v1/budget-figures").asByteArray();
        byte[] bySuffix = api(server.port()).when().get("/api/v1/budget-figures.csv").asByteArray();
        assertArrayEquals(bySuffix, byAccept);
    }

    @Test
    void theDutchSpreadsheetDialectHasABomSemicolonsAndDecimalCommas() throws IOException {
        byte[] csv = api(server.port()).queryParam("dialect", "excel-nl").queryParam("pageSize", 1000)
                .when().get("/api/v1/indicator-values.csv").then().statusCode(200).extract().asByteArray();
        assertEquals((byte) 0xEF, csv[0]);
        assertEquals((byte) 0xBB, csv[1]);
        assertEquals((byte) 0xBF, csv[2]);
        List<Map<String, String>> rows = Csvs.parse(csv, ';');
        assertTrue(rows.stream().anyMatch(r -> r.get("value").contains(",")), "some value has a decimal comma");
        JsonNode items = JSON.readTree(api(server.port()).queryParam("pageSize", 1000).when().get("/api/v1/indicator-values")
                .asByteArray()).get("items");
        for (int i = 0; i < rows.size(); i++) {
            assertSameValues(items.get(i), rows.get(i), ',', "row " + i);
        }
        JsonNode metadata = JSON.readTree(api(server.port()).queryParam("dialect", "excel-nl")
                .when().get("/api/v1/indicator-values.csv-metadata.json").asByteArray());
        assertEquals(";", metadata.get("dialect").get("delimiter").asText());
        metadata.get("tableSchema").get("columns").forEach(c -> {
            if (c.get("datatype").get("base").asText().equals("decimal")) {
                assertEquals(",", c.get("datatype").get("format").get("decimalChar").asText());
            }
        });
    }

    @Test
    void aCsvCellWithTheSeparatorOrAQuoteOrANewlineIsQuoted() {
        byte[] csv = api(server.port()).queryParam("pageSize", 1000)
                .when().get("/api/v1/documents/zoetermeer-2021-jaarstukken-dienstverlening/sections.csv").asByteArray();
        String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\n"), "records end with CRLF");
        List<Map<String, String>> rows = Csvs.parse(csv, ',');
        assertTrue(rows.stream().anyMatch(r -> r.get("text").contains("\n")), "multi-line texts survive");
    }

    /** Each JSON property is the CSV cell of the same name; absent is empty; a list is its values separated by a space. */
    private static void assertSameValues(JsonNode item, Map<String, String> row, char decimalChar, String where) {
        List<String> names = new ArrayList<>();
        item.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            assertTrue(row.containsKey(name), where + ": the CSV has no column " + name);
        }
        for (Map.Entry<String, String> cell : row.entrySet()) {
            JsonNode value = item.get(cell.getKey());
            String expected;
            if (value == null || value.isNull()) {
                expected = "";
            } else if (value.isArray()) {
                List<String> parts = new ArrayList<>();
                for (Iterator<JsonNode> it = value.elements(); it.hasNext(); ) {
                    parts.add(it.next().asText());
                }
                expected = String.join(" ", parts);
            } else if (value.isNumber()) {
                BigDecimal csvNumber = new BigDecimal(cell.getValue().replace(decimalChar, '.'));
                assertEquals(0, value.decimalValue().compareTo(csvNumber), where + " " + cell.getKey());
                continue;
            } else {
                expected = value.asText();
            }
            assertEquals(expected, cell.getValue(), where + " " + cell.getKey());
        }
    }
}
