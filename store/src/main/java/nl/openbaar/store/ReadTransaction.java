package nl.openbaar.store;

import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetDescription;

/** What can be done inside a read transaction. Nothing obtained here may be used after the transaction ends. */
public interface ReadTransaction {

    /**
     * Prepares {@code query} over the store: the default graph is the union of the named graphs, unless the query
     * names its dataset with FROM or FROM NAMED.
     */
    default QueryExecution query(Query query) {
        return query(query, null);
    }

    /** Like {@link #query(Query)}, stopped with a {@code QueryCancelledException} when it runs longer than {@code timeout}. */
    default QueryExecution query(Query query, java.time.Duration timeout) {
        return query(query, timeout, null);
    }

    /**
     * Like {@link #query(Query, java.time.Duration)}, over the dataset {@code dataset} describes when it is given: its
     * default graphs merged into the default graph (empty when it names none), its named graphs as the only named
     * graphs. The dataset replaces the query's own FROM and FROM NAMED, as the SPARQL Protocol requires.
     */
    QueryExecution query(Query query, java.time.Duration timeout, DatasetDescription dataset);

    /** The IRIs of the named graphs, sorted. */
    List<String> graphNames();

    boolean containsGraph(String graphIri);

    /** A copy of one named graph (empty when it does not exist), safe to use after the transaction. */
    Model graph(String graphIri);

    /** The number of triples in all named graphs together. */
    long size();
}
