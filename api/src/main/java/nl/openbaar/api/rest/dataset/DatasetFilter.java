package nl.openbaar.api.rest.dataset;

import nl.openbaar.api.rest.model.DatasetKind;
import nl.openbaar.vocab.Municipality;

/** Which datasets of the catalog to list; a null field does not filter. */
public record DatasetFilter(Municipality municipality, Integer year, DatasetKind kind) {
    public static DatasetFilter all() {
        return new DatasetFilter(null, null, null);
    }
}
