package nl.openbaar.api.rest.indicator;

import nl.openbaar.vocab.Municipality;

/** Which indicators to list; a null field does not filter. The programme matches its label, ignoring case. */
public record IndicatorFilter(Municipality municipality, String programme) {
    public static IndicatorFilter all() {
        return new IndicatorFilter(null, null);
    }
}
