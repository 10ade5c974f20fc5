package nl.openbaar.api.web;

import io.javalin.http.Context;
import java.util.Map;
import nl.openbaar.api.problem.Problem;

/**
 * Errors on the web pages: a browser gets a page in Dutch with the status, anything else the RFC 9457 problem the
 * API answers.
 */
public final class WebErrors {
    private WebErrors() {
    }

    public static void notFound(Context ctx, String message) {
        answer(ctx, 404, "Niet gevonden", message, Problem.of("not-found", "Not Found", 404, message));
    }

    public static void badRequest(Context ctx, String message) {
        answer(ctx, 400, "Ongeldig verzoek", message, Problem.of("bad-request", "Bad Request", 400, message));
    }

    private static void answer(Context ctx, int status, String title, String message, Problem problem) {
        String accept = ctx.header("Accept");
        if (accept != null && (accept.contains("text/html") || accept.contains("application/xhtml+xml"))) {
            ctx.status(status);
            ctx.render("error.jte", Map.of("layout", Layout.of(title, ""), "title", title, "message", message));
        } else {
            problem.answer(ctx);
        }
    }
}
