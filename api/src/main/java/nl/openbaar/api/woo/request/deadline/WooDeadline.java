package nl.openbaar.api.woo.request.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.openbaar.api.woo.request.deadline.Deadlines.Step;

/**
 * The deadline engine for Woo requests: Woo art. 4.4 with the Awb suspensions and the Algemene termijnenwet.
 *
 * <p>The rules as implemented (version {@value #RULES_VERSION}):
 * <ol>
 * <li><b>First term</b> (Woo 4.4 lid 1): four weeks counted from the day after receipt, so the term runs from day R+1
 *     up to and including day R+28.</li>
 * <li><b>Suspension</b> (Woo 4.4 lid 3, Awb 4:15): each period adds the days it stood still to the running term
 *     (counted as {@link SuspensionGround} explains). A suspension noticed after the running term had already ended
 *     (the Atw applied) cannot revive it and is ignored with a warning. While a suspension lasts without a known end
 *     the deadline is unknown; when a term to respond was set, a provisional deadline assumes it lapses unused.</li>
 * <li><b>Extension</b> (Woo 4.4 lid 2): once, at most two weeks, announced with reasons before the first term ends;
 *     "before" includes the last day of the first term, and that day is the one the Atw gives (a term ending on
 *     Saturday runs until Monday, so a notice on that Monday is in time). The extension is added to the term as the
 *     law counts it, before the Atw: a first term ending on Saturday 4 October extended by two weeks ends on Saturday
 *     18 October, hence Monday 20 October. A late notice, or a second extension, has no effect and gives a warning.</li>
 * <li><b>Algemene termijnenwet</b> art. 1 lid 1: the term that ends on a Saturday, Sunday or general holiday (art. 3,
 *     see {@link AtwCalendar}) is extended to the next day that is none of these. It is applied to the end of each
 *     term, not to the days in between. Art. 2 (a term must hold two working days) never bites on terms of four
 *     weeks or more, so it is not implemented.</li>
 * <li>Events are taken in date order (suspensions by notice date, the extension by its announcement).</li>
 * </ol>
 * How the Atw interacts with an extension or a suspension on edge days is not settled in case law known to us; these
 * choices are to be confirmed by the municipality's legal team (woo.md §7.3), which is why {@link Deadlines} keeps the
 * rule version and every step.
 */
public final class WooDeadline {
    public static final String RULES_VERSION = "woo-4.4+awb-4.15+atw/2025-1";
    static final int FIRST_TERM_DAYS = 28;
    static final int DISCLOSURE_DELAY_DAYS = 14;

    private final AtwCalendar calendar;

    public WooDeadline(AtwCalendar calendar) {
        this.calendar = calendar;
    }

    public static WooDeadline bundled() {
        return new WooDeadline(AtwCalendar.bundled());
    }

    public AtwCalendar calendar() {
        return calendar;
    }

    /** The terms of a request received on {@code receivedOn}, given its suspensions and its extension if any. */
    public Deadlines compute(LocalDate receivedOn, List<Suspension> suspensions, Optional<Extension> extension) {
        List<Step> steps = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        LocalDate end = receivedOn.plusDays(FIRST_TERM_DAYS);
        steps.add(new Step(receivedOn, "Woo art. 4.4 lid 1",
                "ontvangen; de termijn van vier weken loopt van " + receivedOn.plusDays(1) + " tot en met " + end));

        List<Object> events = new ArrayList<>(suspensions);
        extension.ifPresent(events::add);
        events.sort(Comparator.comparing(WooDeadline::dateOf));

        long suspended = 0;
        boolean extended = false;
        boolean provisional = false;
        boolean unknown = false;
        boolean extensionJudged = false;
        LocalDate firstTermEnd = null;
        for (Object event : events) {
            LocalDate running = calendar.termEnd(end);
            if (event instanceof Extension e) {
                extensionJudged = true;
                if (e.announcedOn().isAfter(running)) {
                    warnings.add("verdaging aangekondigd op " + e.announcedOn() + ", na afloop van de eerste termijn op " + running
                            + ": zonder gevolg (Woo art. 4.4 lid 2)");
                    continue;
                }
                firstTermEnd = running;
                end = end.plusDays(e.days());
                extended = true;
                steps.add(new Step(e.announcedOn(), "Woo art. 4.4 lid 2",
                        "verdaagd met " + e.days() + " dagen (" + e.reason() + "); de termijn loopt tot en met " + end));
            } else {
                Suspension s = (Suspension) event;
                if (s.noticeOn().isAfter(running)) {
                    warnings.add("opschorting (" + s.ground().code() + ") gemeld op " + s.noticeOn() + ", na afloop van de termijn op "
                            + running + ": zonder gevolg (" + s.ground().basis() + ")");
                    continue;
                }
                LocalDate endsOn = s.endedOn();
                if (endsOn == null) {
                    if (s.lapsesOn() == null) {
                        unknown = true;
                        steps.add(new Step(s.noticeOn(), s.ground().basis(), "opgeschort vanaf " + start(s) + "; het einde is nog niet bekend"));
                        break;
                    }
                    endsOn = s.lapsesOn();
                    provisional = true;
                }
                long days = s.daysEndingOn(endsOn);
                suspended += days;
                end = end.plusDays(days);
                steps.add(new Step(s.noticeOn(), s.ground().basis(), "opgeschort vanaf " + start(s) + " tot " + endsOn
                        + (s.isOpen() ? " (voorlopig: als de termijn om te reageren ongebruikt verstrijkt)" : "")
                        + ": " + days + " dagen; de termijn loopt tot en met " + end));
            }
        }
        if (extension.isPresent() && !extensionJudged) {
            warnings.add("verdaging niet beoordeeld: de termijn stond toen stil zonder bekend einde");
        }
        if (unknown) {
            return new Deadlines(receivedOn, extended ? firstTermEnd : null, null, false, suspended, extended, steps, warnings, RULES_VERSION);
        }
        LocalDate deadline = atw(end, steps);
        if (firstTermEnd == null) {
            firstTermEnd = deadline;
        }
        if (!calendar.equatedDaysKnown(deadline.getYear())) {
            warnings.add("geen besluit onder Atw art. 3 lid 3 (gelijkgestelde dagen) geladen voor " + deadline.getYear()
                    + ": daarmee gelijkgestelde dagen zijn niet meegeteld");
        }
        return new Deadlines(receivedOn, firstTermEnd, deadline, provisional, suspended, extended, steps, warnings, RULES_VERSION);
    }

    /**
     * Woo art. 4.4 lid 5: when an interested party is expected to object, the information is provided two weeks after
     * the decision was announced (Atw applied).
     */
    public LocalDate disclosureOn(LocalDate decisionAnnouncedOn) {
        return calendar.termEnd(decisionAnnouncedOn.plusDays(DISCLOSURE_DELAY_DAYS));
    }

    private LocalDate atw(LocalDate end, List<Step> steps) {
        LocalDate adjusted = calendar.termEnd(end);
        if (!adjusted.equals(end)) {
            List<String> why = new ArrayList<>();
            for (LocalDate d = end; d.isBefore(adjusted); d = d.plusDays(1)) {
                LocalDate day = d;
                calendar.whyNotWorkingDay(d).ifPresent(reason -> why.add(day + " " + reason));
            }
            steps.add(new Step(end, "Atw art. 1 lid 1", "de termijn eindigt niet op " + String.join(", ", why)
                    + ": verlengd tot en met " + adjusted));
        }
        return adjusted;
    }

    private static LocalDate start(Suspension s) {
        return s.ground().fromDayAfterNotice() ? s.noticeOn().plusDays(1) : s.noticeOn();
    }

    private static LocalDate dateOf(Object event) {
        return event instanceof Extension e ? e.announcedOn() : ((Suspension) event).noticeOn();
    }
}
