package nl.openbaar.api.woo.request;

import java.util.List;
import nl.openbaar.api.woo.request.deadline.Deadlines;
import nl.openbaar.api.woo.request.deadline.Extension;
import nl.openbaar.api.woo.request.deadline.Suspension;

/** What staff see of a request: the public part, the private part, and how the terms were computed. */
public record StaffWooRequest(PublicWooRequest request, Requester requester, List<Suspension> suspensions,
        Extension extension, String forwardedTo, List<HistoryEntry> history, Deadlines deadlines, Long daysOverdue,
        List<String> warnings) {
}
