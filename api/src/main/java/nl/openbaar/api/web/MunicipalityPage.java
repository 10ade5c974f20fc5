package nl.openbaar.api.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.openbaar.vocab.Municipalities;
import nl.openbaar.vocab.Municipality;

/**
 * {@code /gemeenten/{code}?jaar=YYYY}: one municipality in one year. Budget against realisation per programme and
 * line, the KPIs with their trend, targets and "doel gehaald", each as a chart over a table, with the data behind it
 * and a link from every figure to the section of the report it was printed in. Without {@code jaar}: the latest year.
 */
final class MunicipalityPage implements Handler {
    private final MunicipalityReader municipalities;
    private final BudgetReader budget;
    private final IndicatorReader indicators;
    private final DocumentReader documents;

    MunicipalityPage(MunicipalityReader municipalities, BudgetReader budget, IndicatorReader indicators, DocumentReader documents) {
        this.municipalities = municipalities;
        this.budget = budget;
        this.indicators = indicators;
        this.documents = documents;
    }

    static String path(String code) {
        return "/gemeenten/" + code;
    }

    static String path(String code, String year) {
        return year == null ? path(code) : path(code) + "?jaar=" + year;
    }

    @Override
    public void handle(Context ctx) {
        Optional<Municipality> found = Municipalities.official().byCode(ctx.pathParam("code"));
        if (found.isEmpty()) {
            WebErrors.notFound(ctx, "Er is geen gemeente met de code '" + ctx.pathParam("code") + "' (verwacht bijvoorbeeld GM0402).");
            return;
        }
        Municipality municipality = found.get();
        String year = ctx.queryParam("jaar");
        if (year != null && !year.matches("\\d{4}")) {
            WebErrors.badRequest(ctx, "Het jaar '" + year + "' is geen jaartal van vier cijfers, zoals 2021.");
            return;
        }
        if (!ctx.pathParam("code").equals(municipality.code())) {
            ctx.redirect(path(municipality.code(), year), io.javalin.http.HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        List<String> years = municipalities.years(municipality);
        if (year == null && !years.isEmpty()) {
            year = years.get(years.size() - 1);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("municipality", municipality);
        model.put("years", years);
        model.put("documents", documents.of(municipality));
        if (year == null || !years.contains(year)) {
            ctx.status(year == null ? 200 : 404);
            model.put("layout", Layout.of(municipality.name(), ""));
            model.put("year", year == null ? "" : year);
            ctx.render("municipality-empty.jte", model);
            return;
        }
        model.put("layout", Layout.of(municipality.name() + " in " + year, "").withCharts());
        model.put("year", year);
        model.put("budget", budget.tables(municipality, year));
        model.put("budgetData", new DataLinks(
                ApiLinks.json("budget-figures", ApiLinks.params("municipality", municipality.code(), "year", year)),
                ApiLinks.csv("budget-figures", ApiLinks.params("municipality", municipality.code(), "year", year)),
                BudgetReader.query(municipality, year).toString()));
        model.put("indicators", indicators.trends(municipality, year));
        model.put("indicatorData", new DataLinks(
                ApiLinks.json("indicator-values", ApiLinks.params("municipality", municipality.code())),
                ApiLinks.csv("indicator-values", ApiLinks.params("municipality", municipality.code())),
                indicators.query(municipality)));
        ctx.render("municipality.jte", model);
    }
}
