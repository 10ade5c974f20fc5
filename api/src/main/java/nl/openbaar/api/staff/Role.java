package nl.openbaar.api.staff;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a staff member may do. An administrator may do everything the other roles may. */
public enum Role {
    /** publishes documents in the register (publicaties) */
    PUBLISHER,
    /** handles Woo requests, decisions and inventories */
    WOO_OFFICER,
    /** everything, plus reading the audit log */
    ADMIN;

    /** The name used on the command line and in JSON: {@code publisher}, {@code woo-officer}, {@code admin}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Reads {@code publisher}, {@code woo-officer} or {@code admin} (also upper case or with an underscore). */
    public static Role parse(String text) {
        String normalised = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Role role : values()) {
            if (role.name().equals(normalised)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + text + "': use one of "
                + Arrays.stream(values()).map(Role::label).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return label();
    }
}
