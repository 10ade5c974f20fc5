package nl.openbaar.api.web;

import java.math.BigDecimal;
import java.util.List;

/**
 * One KPI of a municipality over the years: target and realisation per year, whether the report says the target
 * was met, and the explanation it gives.
 *
 * @param decimals the decimals every value is shown with (the most any of its values needs), so 7 reads 7,0 next to 7,2
 */
public record IndicatorTrend(String id, String label, String unit, int decimals, List<Year> years) {

    public String format(Value value) {
        return value == null ? "" : value.bound() + Dutch.number(value.value(), decimals);
    }

    /** The year row the page's year asks about, for its summary. */
    public Year year(String year) {
        return years.stream().filter(y -> y.year().equals(year)).findFirst().orElse(null);
    }

    /**
     * One year of the indicator.
     *
     * @param met what the report says of the target: true, false, or null when it says nothing
     * @param explanation the report's explanation, or null
     * @param source where the realisation (else the target) was printed
     */
    public record Year(String year, Value target, Value realised, Boolean met, String explanation, SourceLink source) {
        public String metText() {
            return met == null ? "niet vermeld" : met ? "ja" : "nee";
        }
    }

    /**
     * A target or realised value in the indicator's unit.
     *
     * @param bound "maximaal " or "minimaal " for a target printed as a bound, else ""
     */
    public record Value(BigDecimal value, String bound, String printed) {
        public String data() {
            return value.toPlainString();
        }
    }
}
