package nl.openbaar.api.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code /zoeken?q=}: the home page's search, in the reports' sections and the municipalities' names. */
final class SearchPage implements Handler {
    static final int MAX_LENGTH = 200;

    private final SectionSearch sections;
    private final MunicipalityReader municipalities;

    SearchPage(SectionSearch sections, MunicipalityReader municipalities) {
        this.sections = sections;
        this.municipalities = municipalities;
    }

    @Override
    public void handle(Context ctx) {
        String q = ctx.queryParam("q");
        q = q == null ? "" : q.trim();
        if (q.length() > MAX_LENGTH) {
            WebErrors.badRequest(ctx, "Een zoekvraag is hoogstens " + MAX_LENGTH + " tekens lang.");
            return;
        }
        String needle = q.toLowerCase(Locale.ROOT);
        List<MunicipalitySummary> named = q.isEmpty() ? List.of()
                : municipalities.withReports().stream().filter(m -> m.name().toLowerCase(Locale.ROOT).contains(needle)).toList();
        List<SearchHit> hits = q.isEmpty() || q.replaceAll("[\\p{Punct}\\s]", "").isEmpty() ? List.of() : sections.find(q);
        ctx.render("search.jte", Map.of("layout", Layout.of(q.isEmpty() ? "Zoeken" : "Zoeken: " + q, "/"), "q", q,
                "municipalities", named, "hits", hits));
    }
}
