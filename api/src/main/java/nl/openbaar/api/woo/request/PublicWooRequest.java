package nl.openbaar.api.woo.request;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.openbaar.api.woo.request.deadline.Deadlines;
import nl.openbaar.api.woo.request.deadline.WooDeadline;
import nl.openbaar.api.woo.request.decision.Decision;

/**
 * The public face of a Woo request: subject, dates, status, terms and decision. It has no field for the requester,
 * nor for the free-text notes and reasons staff type (which could name people): a type-level guarantee that the
 * public JSON, CSV and RDF, which are all made from this record, cannot carry them.
 */
public record PublicWooRequest(String id, String subject, String channel, LocalDate receivedOn, String status,
        LocalDate firstTermEnd, LocalDate deadline, boolean deadlineProvisional, boolean extended,
        LocalDate extensionAnnouncedOn, Integer extensionDays, long suspendedDays, List<PublicSuspension> suspensions,
        LocalDate decidedOn, String outcome, Boolean decidedWithinFirstTerm, Boolean decidedInTime,
        Long daysNetOfSuspensions, LocalDate withdrawnOn, LocalDate forwardedOn, Integer inventoryItems,
        String publicationId, List<PublicEvent> history, String deadlineRules) {

    /** A suspension without its notes: why (a ground code) and when. */
    public record PublicSuspension(String ground, LocalDate noticeOn, LocalDate endedOn) {
    }

    /** An event without its note. */
    public record PublicEvent(LocalDate on, String event) {
    }

    /** The public face of {@code r}; its decision's publication is linked only when {@code publicationIsPublic} says so. */
    public static PublicWooRequest of(WooRequestRecord r, WooDeadline engine, java.util.function.Predicate<String> publicationIsPublic) {
        Deadlines d = r.deadlines(engine);
        Decision decision = r.decision();
        LocalDate decidedOn = decision == null ? null : decision.decidedOn();
        return new PublicWooRequest(r.id(), r.subject(), r.channel().code(), r.receivedOn(), r.status().code(),
                d.firstTermEnd(), d.deadline(), d.provisional(), d.extended(),
                d.extended() ? r.extension().announcedOn() : null, d.extended() ? r.extension().days() : null,
                d.suspendedDays(),
                r.suspensions().stream().map(s -> new PublicSuspension(s.ground().code(), s.noticeOn(), s.endedOn())).toList(),
                decidedOn, decision == null ? null : decision.outcome().code(),
                decidedOn == null ? null : d.withinFirstTerm(decidedOn), decidedOn == null ? null : d.inTime(decidedOn),
                decidedOn == null ? null : ChronoUnit.DAYS.between(r.receivedOn(), decidedOn) - d.suspendedDays(),
                r.withdrawnOn(), r.forwardedOn(), decision == null ? null : decision.inventory().size(),
                decision == null || decision.publicationId() == null || !publicationIsPublic.test(decision.publicationId())
                        ? null : decision.publicationId(),
                r.history().stream().map(h -> new PublicEvent(h.on(), h.event())).toList(), d.rulesVersion());
    }
}
