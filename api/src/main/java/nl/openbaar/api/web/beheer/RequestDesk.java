package nl.openbaar.api.web.beheer;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.openbaar.api.problem.ProblemException;
import nl.openbaar.api.staff.AuditLog;
import nl.openbaar.api.staff.Role;
import nl.openbaar.api.web.woo.WooLabels;
import nl.openbaar.api.woo.request.PublicWooRequest;
import nl.openbaar.api.woo.request.RequestStatus;
import nl.openbaar.api.woo.request.StaffWooRequest;
import nl.openbaar.api.woo.request.WooRequestCommands;
import nl.openbaar.api.woo.request.WooRequestRecord;
import nl.openbaar.api.woo.request.WooRequestService;
import nl.openbaar.api.woo.request.decision.DecisionOutcome;
import nl.openbaar.api.woo.request.decision.Judgement;

/**
 * The Woo officer's pages: every request by deadline (open ones first, overdue ones marked), and one request with
 * its private details and the form for the decision and its inventory. {@link WooRequestService} checks the decision
 * against the law and the request's state; the audit entry is the one the API writes for a decision.
 */
public final class RequestDesk {
    private static final String BASE = "/beheer/verzoeken";
    /** Blank inventory rows on the decision form; a decision with more documents is entered through the API. */
    static final int INVENTORY_ROWS = 8;

    private final StaffPages pages;
    private final WooRequestService service;
    private final AuditLog audit;

    RequestDesk(StaffPages pages, WooRequestService service, AuditLog audit) {
        this.pages = pages;
        this.service = service;
        this.audit = audit;
    }

    /** One request on the dashboard. */
    public record Row(String id, String subject, String receivedOn, String status, String deadline, Long daysOverdue, boolean open) {
        public String path() {
            return BASE + "/" + id;
        }
    }

    void addTo(RoutesConfig routes) {
        routes.get(BASE, this::dashboard);
        routes.get(BASE + "/{id}", this::show);
        routes.post(BASE + "/{id}/besluit", this::decide);
    }

    private void dashboard(Context ctx) {
        pages.require(ctx, Role.WOO_OFFICER).ifPresent(s -> {
            List<StaffWooRequest> all = new ArrayList<>();
            for (PublicWooRequest p : service.publicList()) {
                all.add(service.staffView(service.require(p.id())));
            }
            all.sort(Comparator.comparing((StaffWooRequest v) -> RequestStatus.ofCode(v.request().status()).map(RequestStatus::isFinal).orElse(true))
                    .thenComparing(v -> v.request().deadline(), Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(v -> v.request().id()));
            List<Row> rows = all.stream().map(v -> new Row(v.request().id(), v.request().subject(), WooLabels.date(v.request().receivedOn()),
                    WooLabels.status(v.request().status()), WooLabels.date(v.request().deadline()), v.daysOverdue(),
                    !RequestStatus.ofCode(v.request().status()).map(RequestStatus::isFinal).orElse(true))).toList();
            pages.render(ctx, s, "beheer/requests.jte", "Woo-verzoeken", Map.of("rows", rows,
                    "overdue", rows.stream().filter(r -> r.daysOverdue() != null).count()));
        });
    }

    private void show(Context ctx) {
        pages.require(ctx, Role.WOO_OFFICER).ifPresent(s -> {
            WooRequestRecord record = service.find(ctx.pathParam("id")).orElse(null);
            if (record == null) {
                StaffPages.refuse(ctx, 404, "Niet gevonden", "Er is geen Woo-verzoek " + ctx.pathParam("id") + ".");
                return;
            }
            StaffWooRequest v = service.staffView(record);
            boolean open = !record.status().isFinal();
            pages.render(ctx, s, "beheer/request.jte", "Woo-verzoek " + record.id(), Map.of("v", v,
                    "received", WooLabels.date(v.request().receivedOn()), "deadline", String.valueOf(WooLabels.date(v.request().deadline())),
                    "status", WooLabels.status(v.request().status()), "open", open, "today", service.today().toString(),
                    "outcomes", List.of(DecisionOutcome.values()), "judgements", List.of(Judgement.values()),
                    "rows", INVENTORY_ROWS, "inventory", record.decision() == null ? List.of() : record.decision().inventory()));
        });
    }

    private void decide(Context ctx) {
        pages.require(ctx, Role.WOO_OFFICER).ifPresent(s -> {
            String id = ctx.pathParam("id");
            try {
                WooRequestRecord before = service.require(id);
                WooRequestService.Decided decided = service.decide(s.member(), id, new WooRequestCommands.Decide(field(ctx, "datum"),
                        field(ctx, "uitkomst"), documents(ctx), field(ctx, "notitie"), field(ctx, "organisatie")));
                audit.record(s.member(), "woo-request.decide", "woo-request/" + id, service.staffView(before), service.staffView(decided.request()));
                String warnings = decided.warnings().isEmpty() ? "" : " Let op: " + String.join("; ", decided.warnings());
                String publication = decided.request().decision().publicationId();
                String concept = publication == null ? "" : " Voeg de besluitbrief en de openbaar te maken documenten toe aan de conceptpublicatie "
                        + publication + " (/beheer/publicaties/" + publication + ") en publiceer die.";
                StaffPages.done(ctx, s, BASE + "/" + id, "Het besluit is vastgelegd met " + decided.request().decision().inventory().size()
                        + " documenten op de inventarislijst." + concept + warnings, true);
            } catch (ProblemException e) {
                if (e.problem().status() == 404) {
                    StaffPages.refuse(ctx, 404, "Niet gevonden", "Er is geen Woo-verzoek " + id + ".");
                } else {
                    StaffPages.done(ctx, s, BASE + "/" + id, "Niet gelukt: " + e.problem().detail(), false);
                }
            }
        });
    }

    /** The filled-in inventory rows (a row without a title is left out). */
    private static List<WooRequestCommands.Document> documents(Context ctx) {
        List<WooRequestCommands.Document> documents = new ArrayList<>();
        for (int i = 1; i <= INVENTORY_ROWS; i++) {
            String title = field(ctx, "doc" + i + "-titel");
            if (title == null) {
                continue;
            }
            String grounds = field(ctx, "doc" + i + "-gronden");
            documents.add(new WooRequestCommands.Document(field(ctx, "doc" + i + "-nummer") == null ? String.valueOf(i) : field(ctx, "doc" + i + "-nummer"),
                    title, field(ctx, "doc" + i + "-datum"), field(ctx, "doc" + i + "-beoordeling"),
                    grounds == null ? List.of() : Arrays.asList(grounds.split("[\\s,;]+")), field(ctx, "doc" + i + "-toelichting"), null));
        }
        return documents;
    }

    private static String field(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
