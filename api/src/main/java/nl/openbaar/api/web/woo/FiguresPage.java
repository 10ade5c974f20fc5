package nl.openbaar.api.web.woo;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.openbaar.api.web.Dutch;
import nl.openbaar.api.web.Layout;
import nl.openbaar.api.woo.request.WooRequestService;
import nl.openbaar.api.woo.request.decision.DecisionOutcome;
import nl.openbaar.api.woo.request.statistics.YearFigures;

/** {@code /woo/cijfers}: the annual figures of the Woo requests, as tables with a chart drawn from the first. */
public final class FiguresPage implements Handler {
    private final WooRequestService requests;

    FiguresPage(WooRequestService requests) {
        this.requests = requests;
    }

    /** One year in words: counts as they are, percentages and days in Dutch notation (empty when nothing was decided). */
    public record Year(YearFigures figures, String pctWithinFourWeeks, String pctInTime, String meanDays, String medianDays) {
        public int outcome(DecisionOutcome o) {
            return figures.outcomes().getOrDefault(o.code(), 0);
        }
    }

    @Override
    public void handle(Context ctx) {
        List<Year> years = requests.annualFigures().stream()
                .map(y -> new Year(y, number(y.pctDecidedWithinFourWeeks()), number(y.pctDecidedInTime()),
                        number(y.meanDaysNetOfSuspensions()), number(y.medianDaysNetOfSuspensions())))
                .toList();
        ctx.render("woo/figures.jte", Map.of("layout", Layout.of("Woo-verzoeken: jaarcijfers", "/woo").withCharts(), "years", years,
                "outcomes", List.of(DecisionOutcome.values())));
    }

    private static String number(Double value) {
        return value == null ? null : Dutch.number(BigDecimal.valueOf(value), 1);
    }
}
