package nl.openbaar.api.rest.document;

import nl.openbaar.api.rest.model.ReportKind;
import nl.openbaar.vocab.Municipality;

/** Which documents to list; a null field does not filter. {@code q} is a full-text (Lucene) query. */
public record DocumentFilter(Municipality municipality, Integer year, ReportKind reportKind, String q) {
    public static DocumentFilter all() {
        return new DocumentFilter(null, null, null, null);
    }

    public static DocumentFilter of(Municipality municipality) {
        return new DocumentFilter(municipality, null, null, null);
    }
}
