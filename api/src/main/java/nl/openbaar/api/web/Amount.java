package nl.openbaar.api.web;

import java.math.BigDecimal;

/**
 * One budget amount: in euros, as the page shows it, and as the report printed it.
 *
 * @param scale the printed scale ("x € 1.000"), or null when none was printed
 */
public record Amount(BigDecimal euros, String printed, String scale) {
    public String text() {
        return Dutch.euros(euros);
    }

    /** The machine value for the chart: plain digits, no grouping. */
    public String data() {
        return euros.toPlainString();
    }

    /** Says how the report printed it: "gedrukt: 1.311 (x €1.000)". */
    public String asPrinted() {
        return "gedrukt: " + printed + (scale == null ? "" : " (" + scale + ")");
    }
}
