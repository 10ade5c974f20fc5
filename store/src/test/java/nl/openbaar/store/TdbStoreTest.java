package nl.openbaar.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TdbStoreTest {
    private static final String G1 = "http://example.org/graph/one";
    private static final String G2 = "http://example.org/graph/two";

    @TempDir
    Path dir;

    @Test
    void aNewStoreIsEmpty() {
        try (TdbStore store = TdbStore.open(dir)) {
            assertTrue(store.isEmpty());
        }
    }

    @Test
    void theDefaultGraphIsTheUnionOfTheNamedGraphs() {
        try (TdbStore store = TdbStore.open(dir)) {
            store.replaceGraph(G1, model("<http://e/a> <http://e/p> 1 ."));
            store.replaceGraph(G2, model("<http://e/b> <http://e/p> 2 ."));
            long count = store.read(tx -> {
                try (var qe = tx.query(QueryFactory.create("SELECT * { ?s <http://e/p> ?o }"))) {
                    return (long) org.apache.jena.query.ResultSetFormatter.consume(qe.execSelect());
                }
            });
            assertEquals(2, count);
            assertEquals(List.of(G1, G2), store.read(ReadTransaction::graphNames));
        }
    }

    @Test
    void replacingAGraphLeavesExactlyTheNewContentAndTouchesNoOtherGraph() {
        try (TdbStore store = TdbStore.open(dir)) {
            store.replaceGraph(G1, model("<http://e/a> <http://e/p> 1 . <http://e/a> <http://e/q> 1 ."));
            store.replaceGraph(G2, model("<http://e/b> <http://e/p> 2 ."));
            store.replaceGraph(G1, model("<http://e/a> <http://e/p> 3 ."));
            assertTrue(store.read(tx -> tx.graph(G1)).isIsomorphicWith(model("<http://e/a> <http://e/p> 3 .")));
            assertTrue(store.read(tx -> tx.graph(G2)).isIsomorphicWith(model("<http://e/b> <http://e/p> 2 .")));
        }
    }

    @Test
    void aWriteThatFailsChangesNothing() {
        try (TdbStore store = TdbStore.open(dir)) {
            store.replaceGraph(G1, model("<http://e/a> <http://e/p> 1 ."));
            assertThrows(IllegalStateException.class, () -> store.write(tx -> {
                tx.replaceGraph(G1, model("<http://e/a> <http://e/p> 2 ."));
                tx.removeGraph(G2);
                throw new IllegalStateException("parser failed half-way");
            }));
            assertTrue(store.read(tx -> tx.graph(G1)).isIsomorphicWith(model("<http://e/a> <http://e/p> 1 .")));
        }
    }

    @Test
    void dataSurvivesClosingAndReopening() {
        try (TdbStore store = TdbStore.open(dir)) {
            store.replaceGraph(G1, model("<http://e/a> <http://e/p> 1 ."));
        }
        try (TdbStore store = TdbStore.open(dir)) {
            assertFalse(store.isEmpty());
            assertEquals(1, store.read(ReadTransaction::size));
        }
    }

    private static Model model(String ntriples) {
        Model m = ModelFactory.createDefaultModel();
        m.read(new java.io.StringReader(ntriples), null, "TURTLE");
        return m;
    }

    @Test
    void theVersionChangesWithEveryCommittedWriteAndOnlyThen() {
        try (TdbStore store = TdbStore.open(dir)) {
            String before = store.version();
            store.read(ReadTransaction::graphNames);
            assertEquals(before, store.version());
            store.replaceGraph(G1, model("<http://e/a> <http://e/p> 1 ."));
            String afterWrite = store.version();
            assertFalse(before.equals(afterWrite));
            assertThrows(IllegalStateException.class, () -> store.write(tx -> {
                throw new IllegalStateException("fails");
            }));
            assertEquals(afterWrite, store.version());
        }
    }

    @Test
    void theVersionDiffersBetweenOpeningsOfTheSameStore() {
        String first;
        try (TdbStore store = TdbStore.open(dir)) {
            first = store.version();
        }
        try (TdbStore store = TdbStore.open(dir)) {
            assertFalse(first.equals(store.version()));
        }
    }
}
