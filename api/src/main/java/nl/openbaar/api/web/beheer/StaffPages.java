package nl.openbaar.api.web.beheer;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.openbaar.api.staff.Role;
import nl.openbaar.api.staff.Staff;
import nl.openbaar.api.staff.StaffMember;
import nl.openbaar.api.web.Layout;
import nl.openbaar.api.woo.WooConfig;
import nl.openbaar.api.woo.publication.FileStore;
import nl.openbaar.api.woo.publication.PublicationService;
import nl.openbaar.api.woo.request.WooRequestService;

/**
 * The staff pages under {@code /beheer}: sign in with a staff token into a server-side session, then publish
 * documents (with the personal-data findings to review) and handle Woo requests (the dashboard by deadline, decisions
 * with their inventory). Every POST carries the session's CSRF token; the work itself is done by the register's
 * services, which check the rules and write the audit log as the API does.
 */
public final class StaffPages {
    private final Staff staff;
    private final StaffSessions sessions;

    private StaffPages(Staff staff, StaffSessions sessions) {
        this.staff = staff;
        this.sessions = sessions;
    }

    public static void register(RoutesConfig routes, Staff staff, PublicationService publications, FileStore files, WooRequestService requests,
                                WooConfig config) {
        StaffSessions sessions = new StaffSessions(Clock.systemUTC());
        StaffPages pages = new StaffPages(staff, sessions);
        CsrfGuard guard = new CsrfGuard(sessions);
        routes.before("/beheer", StaffPages::noStore);
        routes.before("/beheer/*", StaffPages::noStore);
        routes.before("/beheer/*", guard);
        routes.get("/beheer", pages::home);
        routes.get("/beheer/aanmelden", pages::signInForm);
        routes.post("/beheer/aanmelden", pages::signIn);
        routes.post("/beheer/afmelden", pages::signOut);
        new PublicationDesk(pages, publications, files, config.maxUploadBytes()).addTo(routes);
        new RequestDesk(pages, requests, staff.audit()).addTo(routes);
    }

    private static void noStore(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Frame-Options", "DENY");
    }

    /**
     * The signed-in session of a member with one of {@code roles}, or empty after answering: a redirect to the sign-in
     * page when there is none, a 403 page when the role may not do this.
     */
    Optional<StaffSession> require(Context ctx, Role... roles) {
        Optional<StaffSession> session = sessions.current(ctx).filter(s -> s.member() != null);
        if (session.isEmpty()) {
            ctx.redirect("/beheer/aanmelden", HttpStatus.SEE_OTHER);
            return Optional.empty();
        }
        if (roles.length > 0 && !session.get().member().mayActAs(roles)) {
            refuse(ctx, 403, "Geen toegang", "Uw rol (" + session.get().member().role().label() + ") mag dit niet.");
            return Optional.empty();
        }
        return session;
    }

    /** Renders a staff page with its layout and the session's view (CSRF token, who, message). */
    void render(Context ctx, StaffSession session, String template, String title, Map<String, Object> model) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("layout", Layout.of(title, "/beheer"));
        all.put("staff", StaffView.of(session));
        ctx.render(template, all);
    }

    /** After a POST: the message for the next page, and a redirect to it (303, so a reload does not send the form again). */
    static void done(Context ctx, StaffSession session, String path, String message, boolean ok) {
        session.flash(message, ok);
        ctx.redirect(path, HttpStatus.SEE_OTHER);
    }

    static void refuse(Context ctx, int status, String title, String message) {
        ctx.status(status);
        ctx.render("error.jte", Map.of("layout", Layout.of(title, "/beheer"), "title", title, "message", message));
    }

    private void home(Context ctx) {
        require(ctx).ifPresent(s -> render(ctx, s, "beheer/home.jte", "Beheer", Map.of(
                "publisher", s.member().mayActAs(Role.PUBLISHER), "officer", s.member().mayActAs(Role.WOO_OFFICER))));
    }

    private void signInForm(Context ctx) {
        StaffSession session = sessions.currentOrAnonymous(ctx);
        if (session.member() != null) {
            ctx.redirect("/beheer", HttpStatus.SEE_OTHER);
            return;
        }
        render(ctx, session, "beheer/signin.jte", "Aanmelden", Map.of());
    }

    private void signIn(Context ctx) {
        String token = Optional.ofNullable(ctx.formParam("token")).orElse("").strip();
        Optional<StaffMember> member = token.length() > 200 ? Optional.empty() : staff.tokens().find(token);
        if (member.isEmpty()) {
            StaffSession session = sessions.currentOrAnonymous(ctx);
            session.flash("Dit token is niet bekend. Controleer het en probeer het opnieuw.", false);
            ctx.status(401);
            render(ctx, session, "beheer/signin.jte", "Aanmelden", Map.of());
            return;
        }
        StaffSession session = sessions.signIn(ctx, member.get());
        staff.audit().record(member.get(), "staff.sign-in", "beheer", null, Map.of("via", "web"));
        done(ctx, session, "/beheer", "U bent aangemeld als " + member.get().name() + ".", true);
    }

    private void signOut(Context ctx) {
        sessions.current(ctx).map(StaffSession::member).ifPresent(m -> staff.audit().record(m, "staff.sign-out", "beheer", null, Map.of("via", "web")));
        sessions.signOut(ctx);
        ctx.redirect("/beheer/aanmelden", HttpStatus.SEE_OTHER);
    }
}
