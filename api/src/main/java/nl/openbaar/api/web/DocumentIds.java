package nl.openbaar.api.web;

import java.util.Optional;
import nl.openbaar.vocab.Iris;

/** Between a document's IRI and the id in its page's path ({@code /documenten/{id}}): the source id. */
final class DocumentIds {
    private final String prefix;
    private final Iris iris;

    DocumentIds(Iris iris) {
        this.iris = iris;
        this.prefix = iris.base() + "id/document/";
    }

    String id(String documentIri) {
        return documentIri.startsWith(prefix) ? documentIri.substring(prefix.length()) : documentIri;
    }

    /** The IRI of the document with this id, or empty when the id cannot be a source id. */
    Optional<String> iri(String id) {
        try {
            return Optional.of(iris.document(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A link to a data IRI stays on this server, whatever the base IRI. */
    String local(String iri) {
        return iri != null && iri.startsWith(iris.base()) ? "/" + iri.substring(iris.base().length()) : iri;
    }
}
