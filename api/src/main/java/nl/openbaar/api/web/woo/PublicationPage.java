package nl.openbaar.api.web.woo;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Map;
import nl.openbaar.api.web.Layout;
import nl.openbaar.api.web.WebErrors;
import nl.openbaar.api.woo.publication.PublicRegister;

/** {@code /woo/publicaties/{id}}: one public publication, its DiWoo metadata and files; a withdrawn one with its reason. */
final class PublicationPage implements Handler {
    private final PublicRegister register;

    PublicationPage(PublicRegister register) {
        this.register = register;
    }

    @Override
    public void handle(Context ctx) {
        String id = ctx.pathParam("id");
        var entry = id.length() > 200 ? java.util.Optional.<nl.openbaar.api.woo.publication.PublicEntry>empty() : register.find(id);
        if (entry.isEmpty()) {
            WebErrors.notFound(ctx, "Er is geen openbare publicatie met kenmerk " + id + ".");
            return;
        }
        PublicationView view = PublicationView.of(entry.get());
        ctx.render("woo/publication.jte", Map.of("layout", Layout.of(view.title(), "/woo"), "p", view));
    }
}
