package nl.openbaar.api.woo.request.deadline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The one extension (verdaging) of Woo art. 4.4 lid 2: at most two weeks, announced in writing and with reasons to the
 * requester before the first term ends.
 */
public record Extension(LocalDate announcedOn, int days, String reason) {
    public static final int MAX_DAYS = 14;

    public Extension {
        Objects.requireNonNull(announcedOn, "announcedOn");
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("an extension is 1 to " + MAX_DAYS + " days (Woo art. 4.4 lid 2: at most two weeks), not " + days);
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an extension needs its reason (Woo art. 4.4 lid 2: schriftelijk en gemotiveerd)");
        }
    }
}
