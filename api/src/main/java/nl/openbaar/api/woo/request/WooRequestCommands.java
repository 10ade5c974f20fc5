package nl.openbaar.api.woo.request;

import java.util.List;

/** What staff send to the register, as it arrives (text); {@link WooRequestService} checks and converts it. */
public final class WooRequestCommands {
    private WooRequestCommands() {
    }

    public record Register(String receivedOn, String subject, String channel, RequesterInput requester, String note) {
    }

    public record RequesterInput(String name, String email, String phone, String address) {
    }

    /** A dated step: start of handling, withdrawal; {@code to} only for forwarding (Woo art. 4.2). */
    public record Step(String on, String note, String to) {
    }

    public record Suspend(String ground, String noticeOn, String responseDueOn, String note) {
    }

    public record EndSuspension(String endedOn, String note) {
    }

    public record Extend(String announcedOn, Integer days, String reason) {
    }

    /** {@code organisation}: the bestuursorgaan that decided (TOOI IRI or CBS code), publisher of the decision's publication. */
    public record Decide(String decidedOn, String outcome, List<Document> documents, String note, String organisation) {
    }

    public record Document(String number, String title, String date, String judgement, List<String> grounds,
            String explanation, String link) {
    }
}
