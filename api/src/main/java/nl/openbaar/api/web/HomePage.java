package nl.openbaar.api.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Map;

/** {@code /}: what Openbaar holds, a search box, and the municipalities with reports. */
final class HomePage implements Handler {
    private final MunicipalityReader municipalities;

    HomePage(MunicipalityReader municipalities) {
        this.municipalities = municipalities;
    }

    @Override
    public void handle(Context ctx) {
        ctx.render("home.jte", Map.of("layout", Layout.of("Gemeentecijfers, open en controleerbaar", "/"),
                "municipalities", municipalities.withReports()));
    }
}
