package nl.openbaar.api.web.beheer;

/**
 * What every staff page shows besides its content: who is signed in, the CSRF token for its forms, and the message
 * the previous step left.
 */
public record StaffView(String csrf, String name, String role, StaffSession.Message flash) {

    static StaffView of(StaffSession session) {
        return new StaffView(session.csrf(), session.member() == null ? null : session.member().name(),
                session.member() == null ? null : session.member().role().label(), session.takeFlash());
    }
}
