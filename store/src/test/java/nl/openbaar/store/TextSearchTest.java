package nl.openbaar.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** text:query finds section texts and titles, and stays exact when graphs are replaced: no stale, no duplicate hits. */
class TextSearchTest {
    private static final String G = "http://example.org/graph/report";
    private static final String PREFIXES = "PREFIX text: <http://jena.apache.org/text#> PREFIX ob: <https://w3id.org/openbaar/def#> ";

    @TempDir
    Path dir;

    @Test
    void findsASectionByAWordOfItsText() {
        try (TdbStore store = TdbStore.open(dir)) {
            store.replaceGraph(G, section("Het aantal paspoorten steeg sterk."));
            assertEquals(List.of("http://example.org/section/1"), hits(store, "paspoorten"));
        }
    }

    @Test
    void findsByTitleInTheTitleField() {
        try (TdbStore store = TdbStore.open(dir)) {
            store.replaceGraph(G, section("tekst"));
            assertEquals(List.of("http://example.org/section/1"), search(store, "(<http://purl.org/dc/terms/title> 'Burgerzaken')"));
        }
    }

    @Test
    void harvestingTheSameGraphAgainGivesNoDuplicateHits() {
        try (TdbStore store = TdbStore.open(dir)) {
            for (int i = 0; i < 3; i++) {
                store.replaceGraph(G, section("Het aantal paspoorten steeg sterk."));
            }
            assertEquals(List.of("http://example.org/section/1"), hits(store, "paspoorten"));
        }
    }

    @Test
    void replacingAGraphLeavesNoStaleHits() {
        try (TdbStore store = TdbStore.open(dir)) {
            store.replaceGraph(G, section("Het aantal paspoorten steeg sterk."));
            store.replaceGraph(G, section("Rijbewijzen werden vaker digitaal aangevraagd."));
            assertEquals(List.of(), hits(store, "paspoorten"));
            assertEquals(List.of("http://example.org/section/1"), hits(store, "rijbewijzen"));
        }
    }

    @Test
    void removingAGraphRemovesItsHits() {
        try (TdbStore store = TdbStore.open(dir)) {
            store.replaceGraph(G, section("Het aantal paspoorten steeg sterk."));
            store.write(tx -> tx.removeGraph(G));
            assertEquals(List.of(), hits(store, "paspoorten"));
        }
    }

    @Test
    void aWriteThatFailsLeavesTheIndexAsItWas() {
        try (TdbStore store = TdbStore.open(dir)) {
            store.replaceGraph(G, section("Het aantal paspoorten steeg sterk."));
            assertThrows(IllegalStateException.class, () -> store.write(tx -> {
                tx.replaceGraph(G, section("Rijbewijzen werden vaker digitaal aangevraagd."));
                throw new IllegalStateException("failed half-way");
            }));
            assertEquals(List.of("http://example.org/section/1"), hits(store, "paspoorten"));
            assertEquals(List.of(), hits(store, "rijbewijzen"));
        }
    }

    @Test
    void aLostIndexIsRebuiltWhenTheStoreOpens() throws IOException {
        try (TdbStore store = TdbStore.open(dir)) {
            store.replaceGraph(G, section("Het aantal paspoorten steeg sterk."));
        }
        try (Stream<Path> files = Files.walk(dir.resolve("text"))) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        try (TdbStore store = TdbStore.open(dir)) {
            assertEquals(List.of("http://example.org/section/1"), hits(store, "paspoorten"));
        }
    }

    private static List<String> hits(Store store, String word) {
        return search(store, "'" + word + "'");
    }

    private static List<String> search(Store store, String arguments) {
        String query = PREFIXES + "SELECT ?s { ?s text:query " + arguments + " }";
        return store.read(tx -> {
            List<String> found = new ArrayList<>();
            try (var execution = tx.query(QueryFactory.create(query))) {
                execution.execSelect().forEachRemaining(s -> found.add(s.getResource("s").getURI()));
            }
            return found;
        });
    }

    private static Model section(String text) {
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader("""
                <http://example.org/section/1> <https://w3id.org/openbaar/def#text> "%s"@nl ;
                    <http://purl.org/dc/terms/title> "Burgerzaken"@nl .
                """.formatted(text)), null, "TURTLE");
        return m;
    }
}
