package nl.openbaar.api.woo.request.deadline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One period in which the decision term stood still.
 *
 * @param ground        why
 * @param noticeOn      the day the requester was told (or, for Awb 4:15 lid 2, the first day of the period)
 * @param endedOn       the day the view, completion or information arrived, or the period ended; null while it lasts
 * @param responseDueOn the last day of the term given to answer, when one was given (required for Awb 4:15 lid 1 a)
 */
public record Suspension(SuspensionGround ground, LocalDate noticeOn, LocalDate endedOn, LocalDate responseDueOn) {
    public Suspension {
        Objects.requireNonNull(ground, "ground");
        Objects.requireNonNull(noticeOn, "noticeOn");
        if (endedOn != null && endedOn.isBefore(noticeOn)) {
            throw new IllegalArgumentException("a suspension cannot end (" + endedOn + ") before its notice (" + noticeOn + ")");
        }
        if (responseDueOn != null && responseDueOn.isBefore(noticeOn)) {
            throw new IllegalArgumentException("the term to respond (" + responseDueOn + ") cannot end before the notice (" + noticeOn + ")");
        }
        if (ground.needsResponseTerm() && responseDueOn == null) {
            throw new IllegalArgumentException(ground.basis() + " only suspends the term when a term to complete the request was set"
                    + " (ABRvS 21 September 2016, ECLI:NL:RVS:2016:2527): give responseDueOn");
        }
    }

    public boolean isOpen() {
        return endedOn == null;
    }

    /** The number of days the term stands still when the suspension ends on {@code end} (see {@link SuspensionGround}). */
    public long daysEndingOn(LocalDate end) {
        long days = ChronoUnit.DAYS.between(noticeOn, end) - (ground.fromDayAfterNotice() ? 1 : 0);
        return Math.max(0, days);
    }

    /** The first day the suspension has certainly ended when nothing arrives: the day after the term to respond. */
    public LocalDate lapsesOn() {
        return responseDueOn == null ? null : responseDueOn.plusDays(1);
    }
}
