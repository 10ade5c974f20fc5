package nl.openbaar.harvester.extract;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import nl.openbaar.harvester.figures.BudgetFigure;
import nl.openbaar.harvester.figures.IndicatorValue;
import nl.openbaar.harvester.figures.Scale;

/** One figure as {@code openbaar extract} prints it: a budget figure or an indicator value, in one flat row. */
@JsonPropertyOrder({"kind", "municipality", "year", "programme", "line", "phase", "flow", "indicator", "value_kind", "value",
        "printed_value", "scale", "locator"})
public record ExtractedRow(String kind, String municipality, String year, String programme, String line, String phase, String flow,
                           String indicator, String value_kind, String value, String printed_value, String scale, String locator) {

    public static ExtractedRow of(BudgetFigure f, String municipality) {
        return new ExtractedRow("budget", municipality, String.valueOf(f.year()), f.programme(), f.line().orElse(""),
                f.phase().name(), f.flow().name(), "", "", plain(f.amount()), f.printedValue(), scale(f.scale()), f.locator());
    }

    public static ExtractedRow of(IndicatorValue v, String municipality) {
        return new ExtractedRow("kpi", municipality, v.year().isPresent() ? String.valueOf(v.year().getAsInt()) : "", v.programme(), "",
                "", "", v.indicator(), v.valueKind().name(), v.value().map(ExtractedRow::plain).orElse(""), v.printedValue(), "", v.locator());
    }

    /** The scale as printed, or how it was inferred: "implicit x1000", "euro". */
    static String scale(Scale scale) {
        if (scale.printed().isPresent()) {
            return scale.printed().get();
        }
        return scale.multiplier().compareTo(BigDecimal.ONE) == 0 ? "euro" : "implicit x" + plain(scale.multiplier());
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
