package nl.openbaar.api.web.beheer;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Every POST to the staff pages must come from a form this server gave out: its {@code csrf} field must equal the
 * session's token (compared in constant time), and an {@code Origin} header, when the browser sends one, must be this
 * server. Anything else is refused with 403 before any handler runs.
 */
final class CsrfGuard implements Handler {
    static final String FIELD = "csrf";

    private final StaffSessions sessions;

    CsrfGuard(StaffSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void handle(Context ctx) {
        if (!"POST".equals(ctx.method().name())) {
            return;
        }
        if (!sameOrigin(ctx)) {
            StaffPages.refuse(ctx, 403, "Geweigerd", "Dit formulier kwam niet van deze website (de Origin klopt niet).");
            ctx.skipRemainingHandlers();
            return;
        }
        Optional<StaffSession> session = sessions.current(ctx);
        String sent = ctx.formParam(FIELD);
        if (session.isEmpty() || sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                session.get().csrf().getBytes(StandardCharsets.UTF_8))) {
            StaffPages.refuse(ctx, 403, "Geweigerd", "Dit formulier is verlopen of kwam niet van deze website. Open de pagina opnieuw en probeer het nog eens.");
            ctx.skipRemainingHandlers();
        }
    }

    private static boolean sameOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null) {
            return !"cross-site".equals(ctx.header("Sec-Fetch-Site"));
        }
        String host = ctx.host();
        return origin.equals(ctx.scheme() + "://" + host) || origin.equals("https://" + host);
    }
}
