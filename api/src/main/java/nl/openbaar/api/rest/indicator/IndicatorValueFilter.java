package nl.openbaar.api.rest.indicator;

import nl.openbaar.api.rest.model.ValueKind;
import nl.openbaar.vocab.Municipality;

/** Which indicator values to list; a null field does not filter. Indicator is an indicator id, document a document id. */
public record IndicatorValueFilter(Municipality municipality, String indicator, Integer year, ValueKind valueKind,
                                   Boolean targetMet, String document) {
    public static IndicatorValueFilter all() {
        return new IndicatorValueFilter(null, null, null, null, null, null);
    }
}
