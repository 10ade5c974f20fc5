package nl.openbaar.api.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Map;
import java.util.Optional;

/** {@code /documenten/{id}}: one report, its sections, and the figures taken from each. */
final class DocumentPage implements Handler {
    private final DocumentReader documents;

    DocumentPage(DocumentReader documents) {
        this.documents = documents;
    }

    static String path(String id) {
        return "/documenten/" + id;
    }

    @Override
    public void handle(Context ctx) {
        Optional<DocumentView> document = documents.byId(ctx.pathParam("id"));
        if (document.isEmpty()) {
            WebErrors.notFound(ctx, "Er is geen verslag met de code '" + ctx.pathParam("id") + "'.");
            return;
        }
        DocumentView view = document.get();
        ctx.render("document.jte", Map.of("layout", Layout.of(view.title(), ""), "document", view,
                "data", new DataLinks(ApiLinks.json("documents/" + view.id(), Map.of()),
                        ApiLinks.csv("documents/" + view.id() + "/sections", Map.of()), ""),
                "sectionsJson", ApiLinks.json("documents/" + view.id() + "/sections", Map.of())));
    }
}
