package nl.openbaar.api.staff;

/** A token as it is handed out, once: the secret itself and whom it signs in. The secret is never stored. */
public record IssuedToken(String secret, StaffMember member) {
}
