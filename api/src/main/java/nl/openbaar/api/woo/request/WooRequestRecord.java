package nl.openbaar.api.woo.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.openbaar.api.woo.request.deadline.Deadlines;
import nl.openbaar.api.woo.request.deadline.Extension;
import nl.openbaar.api.woo.request.deadline.Suspension;
import nl.openbaar.api.woo.request.deadline.WooDeadline;
import nl.openbaar.api.woo.request.decision.Decision;

/**
 * Everything the register keeps about one Woo request, private parts included. It lives only as a file under
 * {@code <data>/woo/requests/}; what may be public is {@link PublicWooRequest}. Immutable: every change is a new record
 * with one more {@link HistoryEntry}, so every date is kept.
 */
public record WooRequestRecord(String id, LocalDate receivedOn, String subject, Channel channel, Requester requester,
        LocalDate handlingStartedOn, List<Suspension> suspensions, Extension extension, Decision decision,
        LocalDate withdrawnOn, LocalDate forwardedOn, String forwardedTo, List<HistoryEntry> history) {

    public WooRequestRecord {
        suspensions = suspensions == null ? List.of() : List.copyOf(suspensions);
        history = history == null ? List.of() : List.copyOf(history);
    }

    public RequestStatus status() {
        if (withdrawnOn != null) {
            return RequestStatus.INGETROKKEN;
        }
        if (forwardedOn != null) {
            return RequestStatus.DOORGEZONDEN;
        }
        if (decision != null) {
            return RequestStatus.BESLUIT_GENOMEN;
        }
        if (openSuspension().isPresent()) {
            return RequestStatus.OPGESCHORT;
        }
        if (extension != null) {
            return RequestStatus.VERDAAGD;
        }
        return handlingStartedOn != null ? RequestStatus.IN_BEHANDELING : RequestStatus.ONTVANGEN;
    }

    public Optional<Suspension> openSuspension() {
        return suspensions.stream().filter(Suspension::isOpen).findFirst();
    }

    public Deadlines deadlines(WooDeadline engine) {
        return engine.compute(receivedOn, suspensions, Optional.ofNullable(extension));
    }

    /** The last day anything happened to the request. */
    public LocalDate lastEventOn() {
        return history.stream().map(HistoryEntry::on).max(LocalDate::compareTo).orElse(receivedOn);
    }

    WooRequestRecord with(HistoryEntry entry, java.util.function.UnaryOperator<Builder> change) {
        Builder b = change.apply(new Builder(this));
        List<HistoryEntry> events = new ArrayList<>(history);
        events.add(entry);
        return new WooRequestRecord(id, receivedOn, b.subject, channel, requester, b.handlingStartedOn, b.suspensions,
                b.extension, b.decision, b.withdrawnOn, b.forwardedOn, b.forwardedTo, events);
    }

    /** The fields a step may change. */
    static final class Builder {
        String subject;
        LocalDate handlingStartedOn;
        List<Suspension> suspensions;
        Extension extension;
        Decision decision;
        LocalDate withdrawnOn;
        LocalDate forwardedOn;
        String forwardedTo;

        Builder(WooRequestRecord r) {
            subject = r.subject;
            handlingStartedOn = r.handlingStartedOn;
            suspensions = new ArrayList<>(r.suspensions);
            extension = r.extension;
            decision = r.decision;
            withdrawnOn = r.withdrawnOn;
            forwardedOn = r.forwardedOn;
            forwardedTo = r.forwardedTo;
        }
    }
}
