package nl.openbaar.api.woo.request;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One thing that happened to a request: the legal date it happened on, what happened (a fixed event code, public),
 * a note (private: staff may write anything there) and when it was recorded.
 */
public record HistoryEntry(LocalDate on, String event, String note, Instant recordedAt) {
}
