package nl.openbaar.api.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Map;

/** {@code /catalogus}: the datasets of the DCAT catalog for people; {@code /catalog} stays the RDF. */
final class CataloguePage implements Handler {
    private final CatalogueReader catalogue;

    CataloguePage(CatalogueReader catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public void handle(Context ctx) {
        ctx.render("catalogue.jte", Map.of("layout", Layout.of("Catalogus", "/catalogus"), "datasets", catalogue.datasets()));
    }
}
