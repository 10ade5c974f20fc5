package nl.openbaar.harvester;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import nl.openbaar.store.TdbStore;
import nl.openbaar.vocab.Iris;
import nl.openbaar.vocab.Taakvelden;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One query compares taakveld 0.2 Burgerzaken across the bundled municipalities. */
class TaakveldComparisonTest {
    @TempDir
    Path data;

    @Test
    void returnsRowsForEveryReportThatNamesBurgerzaken() {
        try (TdbStore store = TdbStore.open(data.resolve("tdb2"))) {
            Harvester harvester = new Harvester(store, new Iris(Iris.DEFAULT_BASE));
            BundledDatasets.sources().forEach(harvester::harvest);
            String query = """
                    PREFIX ob: <https://w3id.org/openbaar/def#>
                    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                    PREFIX prov: <http://www.w3.org/ns/prov#>
                    SELECT DISTINCT ?code ?document WHERE {
                      ?f ob:taakveld <%s> ; ob:municipality/skos:notation ?code ; prov:wasDerivedFrom ?document .
                    }""".formatted(Taakvelden.official().byCode("0.2").orElseThrow().iri());
            Set<String> rows = store.read(tx -> {
                Set<String> found = new TreeSet<>();
                try (var execution = tx.query(QueryFactory.create(query))) {
                    execution.execSelect().forEachRemaining(s -> found.add(s.getLiteral("code").getString() + " "
                            + s.getResource("document").getURI().replaceFirst(".*/", "")));
                }
                return found;
            });
            // Hilversum's part Burgerzaken, Midden-Groningen's line Burgerzaken, Bronckhorst's taakveld page "0-2_ Burgerzaken".
            // Rotterdam's Burgerzaken page names it too, but prints no scale and publishes no figures (reported unread).
            assertEquals(Set.of("GM0402 hilversum-2022-jaarrekening-burgerzaken", "GM1876 bronckhorst-2022-jaarrekening",
                    "GM1952 midden-groningen-2021-jaarrekening-dienstverlening"), rows);
        }
    }
}
