package nl.openbaar.store;

import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;

/** What can be done inside a read transaction. Nothing obtained here may be used after the transaction ends. */
public interface ReadTransaction {

    /** Prepares {@code query} over the store: the default graph is the union of the named graphs. */
    default QueryExecution query(Query query) {
        return query(query, null);
    }

    /** Like {@link #query(Query)}, stopped with a {@code QueryCancelledException} when it runs longer than {@code timeout}. */
    QueryExecution query(Query query, java.time.Duration timeout);

    /** The IRIs of the named graphs, sorted. */
    List<String> graphNames();

    boolean containsGraph(String graphIri);

    /** A copy of one named graph (empty when it does not exist), safe to use after the transaction. */
    Model graph(String graphIri);

    /** The number of triples in all named graphs together. */
    long size();
}
