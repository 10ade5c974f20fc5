package nl.openbaar.store;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The triple store behind everything: named graphs (one per source) whose union is the default graph.
 * Work happens in transactions: a read sees one consistent version; a write commits all or nothing.
 */
public interface Store extends AutoCloseable {

    /** Runs {@code work} in a read transaction and returns its result. */
    <T> T read(Function<ReadTransaction, T> work);

    /** Runs {@code work} in a write transaction: committed when it returns, aborted (nothing changed) when it throws. */
    void write(Consumer<WriteTransaction> work);

    /** Replaces one named graph with {@code content}, atomically. */
    default void replaceGraph(String graphIri, org.apache.jena.rdf.model.Model content) {
        write(tx -> tx.replaceGraph(graphIri, content));
    }

    /**
     * The version of the data: a short token that changes whenever a write transaction commits, and differs between
     * two openings of the store (so a cached answer is never taken for current after a restart). Read it before a
     * read transaction: an answer read afterwards is then at least as new as the version.
     */
    String version();

    /** True when no named graph holds any triple. */
    default boolean isEmpty() {
        return read(tx -> tx.graphNames().isEmpty());
    }

    @Override
    void close();
}
