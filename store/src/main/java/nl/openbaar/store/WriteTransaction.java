package nl.openbaar.store;

import org.apache.jena.rdf.model.Model;

/** What can be done inside a write transaction, on top of reading. */
public interface WriteTransaction extends ReadTransaction {

    /** Makes the named graph hold exactly {@code content}. */
    void replaceGraph(String graphIri, Model content);

    void removeGraph(String graphIri);
}
