package nl.openbaar.harvester;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.openbaar.store.TdbStore;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example query of vocab/README.md runs and answers on the bundled datasets. */
class VocabularyExamplesTest {
    private static final Path README = Path.of("..", "vocab", "README.md");
    private static TdbStore store;

    @BeforeAll
    static void harvest(@org.junit.jupiter.api.io.TempDir Path data) {
        store = BundledDatasets.harvested(data.resolve("tdb2"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static List<String> examples() throws Exception {
        Matcher m = Pattern.compile("```sparql\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(README));
        List<String> queries = new ArrayList<>();
        while (m.find()) {
            queries.add(m.group(1));
        }
        assertEquals(5, queries.size(), "example queries in " + README);
        return queries;
    }

    @ParameterizedTest
    @MethodSource("examples")
    void answersOnTheBundledDatasets(String query) {
        int rows = store.read(tx -> {
            try (var execution = tx.query(QueryFactory.create(query))) {
                return ResultSetFormatter.consume(execution.execSelect());
            }
        });
        assertTrue(rows > 0, "no rows for\n" + query);
    }
}
