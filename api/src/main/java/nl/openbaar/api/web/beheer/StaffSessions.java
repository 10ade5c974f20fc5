package nl.openbaar.api.web.beheer;

import io.javalin.http.Context;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.openbaar.api.staff.StaffMember;

/**
 * The staff pages' server-side sessions. The browser holds only a random id in a cookie that scripts cannot read
 * (HttpOnly), that is not sent from other sites (SameSite=Strict), only to {@code /beheer}, and only over HTTPS when the
 * page came over HTTPS (Secure). A session ends on sign-out, after {@link #IDLE} without a request, and at the latest
 * {@link #MAX_AGE} after sign-in. Signing in starts a new session, so an id known before sign-in is worth nothing after.
 */
public final class StaffSessions {
    public static final String COOKIE = "openbaar_beheer";
    public static final Duration IDLE = Duration.ofMinutes(30);
    public static final Duration MAX_AGE = Duration.ofHours(8);
    private static final int MAX_SESSIONS = 10_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, StaffSession> sessions = new ConcurrentHashMap<>();
    private final Clock clock;

    public StaffSessions(Clock clock) {
        this.clock = clock;
    }

    /** The live session the request's cookie names, if any; its idle time starts again. */
    public Optional<StaffSession> current(Context ctx) {
        String id = ctx.cookie(COOKIE);
        if (id == null) {
            return Optional.empty();
        }
        StaffSession session = sessions.get(id);
        Instant now = clock.instant();
        if (session == null) {
            return Optional.empty();
        }
        if (expired(session, now)) {
            sessions.remove(id);
            return Optional.empty();
        }
        session.seen(now);
        return Optional.of(session);
    }

    /** The current session, or a new one without a member (it carries the sign-in form's CSRF token). */
    public StaffSession currentOrAnonymous(Context ctx) {
        return current(ctx).orElseGet(() -> start(ctx, null));
    }

    /** Replaces the request's session by a new one for {@code member}, with a new id and CSRF token. */
    public StaffSession signIn(Context ctx, StaffMember member) {
        current(ctx).ifPresent(s -> sessions.remove(s.id()));
        return start(ctx, member);
    }

    public void signOut(Context ctx) {
        current(ctx).ifPresent(s -> sessions.remove(s.id()));
        ctx.res().addHeader("Set-Cookie", cookie("", secure(ctx)) + "; Max-Age=0");
    }

    private StaffSession start(Context ctx, StaffMember member) {
        Instant now = clock.instant();
        if (sessions.size() >= MAX_SESSIONS) {
            sessions.values().removeIf(s -> expired(s, now) || s.member() == null);
        }
        StaffSession session = new StaffSession(random(), random(), member, now);
        sessions.put(session.id(), session);
        ctx.res().addHeader("Set-Cookie", cookie(session.id(), secure(ctx)));
        return session;
    }

    private boolean expired(StaffSession s, Instant now) {
        return now.isAfter(s.lastSeen().plus(IDLE)) || now.isAfter(s.started().plus(MAX_AGE));
    }

    /** The Set-Cookie value for a session id. */
    static String cookie(String id, boolean secure) {
        return COOKIE + "=" + id + "; Path=/beheer; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }

    /** True when the browser reached us over HTTPS (directly, or through a proxy that says so). */
    static boolean secure(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
