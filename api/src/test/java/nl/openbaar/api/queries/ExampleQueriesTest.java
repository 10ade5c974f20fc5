package nl.openbaar.api.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.openbaar.api.BundledStore;
import nl.openbaar.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worked example questions answer correctly on the bundled datasets (values checked against the report texts). */
class ExampleQueriesTest {
    private static final ExampleQueries EXAMPLES = ExampleQueries.bundled();

    @TempDir
    static Path data;
    private static TdbStore store;

    @BeforeAll
    static void harvest() {
        store = BundledStore.harvested(data.resolve("store"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everyExampleHasATitleADescriptionAndBindsItsDefaults() {
        assertEquals(5, EXAMPLES.all().size());
        EXAMPLES.all().forEach(q -> {
            assertFalse(q.title().isBlank(), q.name());
            assertFalse(q.description().isBlank(), q.name());
            q.bind(Map.of());
        });
    }

    @Test
    void midden_groningenOverspentOnBurgerzakenIn2021() {
        List<Map<String, String>> rows = run("overspent-lines", Map.of("year", "2021"));
        // Burgerzaken: Realisatie 2021 1.311 against Begroting 2021 na wijzigingen 1.222 (x € 1.000)
        assertTrue(rows.stream().anyMatch(r -> r.get("municipality").equals("Midden-Groningen") && r.get("programme").equals("2.4 Dienstverlening")
                && r.get("line").equals("Burgerzaken") && number(r.get("amended")).compareTo(new BigDecimal("1222000")) == 0
                && number(r.get("actual")).compareTo(new BigDecimal("1311000")) == 0
                && number(r.get("overspent")).compareTo(new BigDecimal("89000")) == 0), rows.toString());
        assertEquals(rows.size(), rows.stream().distinct().count(), "no row twice");
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(number(rows.get(i - 1).get("overspent")).compareTo(number(rows.get(i).get("overspent"))) >= 0, "largest first");
        }
        assertTrue(rows.stream().allMatch(r -> number(r.get("overspent")).signum() > 0));
    }

    @Test
    void zoetermeerMissedItsSatisfactionTargetAndSaysWhy() {
        List<Map<String, String>> rows = run("missed-targets", Map.of());
        Map<String, String> satisfaction = rows.stream()
                .filter(r -> r.get("indicator").equals("Gemiddeld rapportcijfer tevredenheid gehele dienstverlening")).findFirst().orElseThrow();
        assertEquals("Zoetermeer", satisfaction.get("municipality"));
        assertEquals(0, number(satisfaction.get("realised")).compareTo(new BigDecimal("7")));
        assertEquals(0, number(satisfaction.get("target")).compareTo(new BigDecimal("7.2")));
        assertTrue(satisfaction.get("explanation").startsWith("De oorzaak is niet bekend"));
        assertEquals(3, rows.stream().filter(r -> r.get("municipality").equals("Zoetermeer")).count());
    }

    @Test
    void burgerzakenIsComparedAcrossMunicipalities() {
        List<Map<String, String>> rows = run("taakveld-across-municipalities", Map.of("code", "0.2"));
        assertTrue(rows.stream().anyMatch(r -> r.get("municipality").equals("Hilversum") && r.get("printed").equals("-1.500")
                && number(r.get("amount")).compareTo(new BigDecimal("1500000")) == 0), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get("municipality").equals("Midden-Groningen") && r.get("printed").equals("1.311")));
        assertTrue(rows.stream().anyMatch(r -> r.get("municipality").equals("Bronckhorst") && r.get("printed").equals("1.537")));
    }

    @Test
    void nieuwkoopsVarianceOnWithdrawalsDoesNotAddUp() {
        List<Map<String, String>> rows = run("failed-cross-checks", Map.of());
        // Onttrekkingen: Rekening 2019 -436.098 minus Begroting 2019 -523.251 is 87.153, printed as -12.153
        assertTrue(rows.stream().anyMatch(r -> r.get("check").contains("'Onttrekkingen'") && r.get("check").contains("-12.153")), rows.toString());
    }

    @Test
    void aWordIsFoundInTheSectionsOfTheReports() {
        List<Map<String, String>> rows = run("search-sections", Map.of("word", "StembureauApp"));
        assertFalse(rows.isEmpty());
        assertEquals("Jaarrekening 2022 Hilversum – programma Dienstverlening, Burgerzaken", rows.get(0).get("document"));
    }

    @Test
    void aParameterOfTheWrongTypeIsAClearError() {
        var error = assertThrows(IllegalArgumentException.class, () -> EXAMPLES.named("overspent-lines").orElseThrow()
                .bind(Map.of("year", "abc")));
        assertEquals("parameter 'year' must be a year such as 2021, not 'abc'", error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EXAMPLES.named("overspent-lines").orElseThrow().bind(Map.of("colour", "x")));
    }

    private static List<Map<String, String>> run(String name, Map<String, String> parameters) {
        var query = EXAMPLES.named(name).orElseThrow().bind(parameters);
        return store.read(tx -> {
            List<Map<String, String>> rows = new ArrayList<>();
            try (var execution = tx.query(query)) {
                execution.execSelect().forEachRemaining(s -> {
                    Map<String, String> row = new TreeMap<>();
                    s.varNames().forEachRemaining(v -> row.put(v, s.get(v).isLiteral() ? s.getLiteral(v).getLexicalForm()
                            : s.getResource(v).getURI()));
                    rows.add(row);
                });
            }
            return rows;
        });
    }

    private static BigDecimal number(String text) {
        return new BigDecimal(text);
    }
}
