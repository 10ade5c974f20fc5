package nl.openbaar.api.woo.request.deadline;

import java.time.LocalDate;
import java.util.List;

/**
 * The terms of one Woo request as the law sets them, with the trail of rules that produced them.
 *
 * @param receivedOn     the day of receipt (the term starts the day after)
 * @param firstTermEnd   the last day of the first term of four weeks (suspensions in it and the Atw applied); the
 *                       extension must be announced on or before this day. Null while a suspension in it lasts
 *                       without a known end.
 * @param deadline       the last day to decide, null while a suspension lasts without a known end
 * @param provisional    true when {@code deadline} assumes that a running suspension ends when its term to respond
 *                       lapses
 * @param suspendedDays  days the term stood still (counted suspensions only)
 * @param extended       true when a valid extension counts
 * @param steps          every rule applied, in order
 * @param warnings       facts that were given but have no legal effect, and gaps in the holiday data
 * @param rulesVersion   the version of these rules, stored with every computed date
 */
public record Deadlines(LocalDate receivedOn, LocalDate firstTermEnd, LocalDate deadline, boolean provisional,
        long suspendedDays, boolean extended, List<Step> steps, List<String> warnings, String rulesVersion) {

    /** One rule applied: on which day, which article, and what it did. */
    public record Step(LocalDate date, String basis, String explanation) {
    }

    public Deadlines {
        steps = List.copyOf(steps);
        warnings = List.copyOf(warnings);
    }

    public boolean known() {
        return deadline != null;
    }

    /** True when a decision on {@code decidedOn} is within the first term of four weeks (plus suspensions). */
    public boolean withinFirstTerm(LocalDate decidedOn) {
        return firstTermEnd != null && !decidedOn.isAfter(firstTermEnd);
    }

    /** True when a decision on {@code decidedOn} is in time, the extension included. */
    public boolean inTime(LocalDate decidedOn) {
        return deadline != null && !decidedOn.isAfter(deadline);
    }
}
