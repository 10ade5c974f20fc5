package nl.openbaar.api.web.beheer;

import java.time.Instant;
import nl.openbaar.api.staff.StaffMember;

/**
 * One browser's session on the staff pages, kept on the server only: its random id (the cookie's value), the CSRF
 * token its forms carry, who signed in (null before sign-in), and a message for the next page.
 */
public final class StaffSession {
    private final String id;
    private final String csrf;
    private final StaffMember member;
    private final Instant started;
    private volatile Instant lastSeen;
    private volatile Message flash;

    /** A one-time message for the next page: good news or a refusal. */
    public record Message(String text, boolean ok) {
    }

    StaffSession(String id, String csrf, StaffMember member, Instant started) {
        this.id = id;
        this.csrf = csrf;
        this.member = member;
        this.started = started;
        this.lastSeen = started;
    }

    String id() {
        return id;
    }

    public String csrf() {
        return csrf;
    }

    /** Who signed in, or null for the session that only carries the sign-in form's CSRF token. */
    public StaffMember member() {
        return member;
    }

    Instant started() {
        return started;
    }

    Instant lastSeen() {
        return lastSeen;
    }

    void seen(Instant now) {
        lastSeen = now;
    }

    void flash(String text, boolean ok) {
        flash = new Message(text, ok);
    }

    /** The message for this page, once. */
    Message takeFlash() {
        Message m = flash;
        flash = null;
        return m;
    }
}
