package nl.openbaar.api.woo.request.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.openbaar.api.listing.ListAnswer;
import nl.openbaar.api.problem.ProblemException;
import nl.openbaar.api.staff.Role;
import nl.openbaar.api.staff.Staff;
import nl.openbaar.api.staff.StaffJson;
import nl.openbaar.api.staff.StaffMember;
import nl.openbaar.api.woo.request.PublicWooRequest;
import nl.openbaar.api.woo.request.RequestStatus;
import nl.openbaar.api.woo.request.StaffWooRequest;
import nl.openbaar.api.woo.request.WooRequestCommands;
import nl.openbaar.api.woo.request.WooRequestException;
import nl.openbaar.api.woo.request.WooRequestRecord;
import nl.openbaar.api.woo.request.WooRequestService;
import nl.openbaar.api.woo.request.decision.InventoryItem;
import nl.openbaar.api.woo.request.http.CsvwMetadata.Column;
import nl.openbaar.api.woo.request.statistics.YearFigures;

/**
 * The HTTP face of the Woo request register. Public (no requester data, made from {@link PublicWooRequest} only):
 * {@code /api/v1/woo-requests}, {@code /api/v1/woo-requests/{id}}, {@code /api/v1/woo-requests/{id}/inventory},
 * {@code /api/v1/woo-statistics}, each list also as CSV with CSVW metadata. Staff (bearer token, role woo-officer;
 * every write in the audit log): registering and every step of a request, its private details and the overdue list.
 */
public final class WooRequestRoutes {
    static final String BASE = "/api/v1/woo-requests";

    static final List<Column> REQUEST_COLUMNS = List.of(
            new Column("id", "string", "kenmerk van het verzoek"),
            new Column("subject", "string", "onderwerp"),
            new Column("channel", "string", "hoe het verzoek binnenkwam"),
            new Column("receivedOn", "date", "datum van ontvangst"),
            new Column("status", "string", "stand van zaken"),
            new Column("firstTermEnd", "date", "einde van de eerste termijn van vier weken (opschortingen en Algemene termijnenwet meegerekend)"),
            new Column("deadline", "date", "uiterste beslisdatum"),
            new Column("deadlineProvisional", "boolean", "waar als de beslisdatum uitgaat van een lopende opschorting die ongebruikt verstrijkt"),
            new Column("extended", "boolean", "verdaagd (Woo art. 4.4 lid 2)"),
            new Column("extensionDays", "integer", "dagen verdaging"),
            new Column("suspendedDays", "integer", "dagen opgeschort"),
            new Column("decidedOn", "date", "datum van het besluit"),
            new Column("outcome", "string", "uitkomst van het besluit"),
            new Column("decidedInTime", "boolean", "binnen de wettelijke termijn besloten"),
            new Column("daysNetOfSuspensions", "integer", "doorlooptijd in dagen, zonder opschortingen"),
            new Column("withdrawnOn", "date", "datum van intrekking"),
            new Column("forwardedOn", "date", "datum van doorzending"),
            new Column("publicationId", "string", "publicatie met het besluit en de openbaar gemaakte documenten"));
    static final List<Column> INVENTORY_COLUMNS = List.of(
            new Column("number", "string", "documentnummer"),
            new Column("title", "string", "document"),
            new Column("date", "date", "datum van het document"),
            new Column("judgement", "string", "beoordeling: openbaar, deels openbaar, niet openbaar of reeds openbaar"),
            new Column("grounds", "string", "weigeringsgronden (Woo art. 5.1, 5.2), gescheiden door spaties"),
            new Column("explanation", "string", "toelichting"),
            new Column("link", "anyURI", "publieke link"));
    static final List<Column> STATISTICS_COLUMNS = statisticsColumns();

    private final WooRequestService service;
    private final Staff staff;
    private final ObjectMapper json = StaffJson.mapper();

    public WooRequestRoutes(WooRequestService service, Staff staff) {
        this.service = service;
        this.staff = staff;
    }

    public void addTo(RoutesConfig routes) {
        routes.get(BASE, this::list);
        routes.get(BASE + ".csv", this::list);
        routes.get(BASE + ".csv-metadata.json", ctx -> csvw(ctx, BASE + ".csv", "Woo-verzoeken", REQUEST_COLUMNS));
        routes.get(BASE + "/{id}", this::one);
        routes.get(BASE + "/{id}/inventory", this::inventory);
        routes.get(BASE + "/{id}/inventory.csv", this::inventory);
        routes.get(BASE + "/{id}/inventory.csv-metadata.json", ctx -> csvw(ctx, BASE + "/" + ctx.pathParam("id") + "/inventory.csv",
                "Inventarislijst bij het besluit op Woo-verzoek " + ctx.pathParam("id"), INVENTORY_COLUMNS));
        routes.get("/api/v1/woo-statistics", this::statistics);
        routes.get("/api/v1/woo-statistics.csv", this::statistics);
        routes.get("/api/v1/woo-statistics.csv-metadata.json", ctx -> csvw(ctx, "/api/v1/woo-statistics.csv", "Woo-verzoeken: jaarcijfers", STATISTICS_COLUMNS));

        routes.post(BASE, this::register);
        routes.patch(BASE + "/{id}", this::changeStatus);
        routes.post(BASE + "/{id}/suspensions", this::suspend);
        routes.patch(BASE + "/{id}/suspensions/{number}", this::endSuspension);
        routes.put(BASE + "/{id}/extension", this::extend);
        routes.post(BASE + "/{id}/decision", this::decide);
        routes.get("/api/v1/staff/woo-requests", this::staffList);
        routes.get("/api/v1/staff/woo-requests/overdue", this::overdue);
        routes.get("/api/v1/staff/woo-requests/overdue.csv", this::overdue);
        routes.get("/api/v1/staff/woo-requests/{id}", this::staffOne);
    }

    // ---------------------------------------------------------------- public

    private void list(Context ctx) throws Exception {
        ListAnswer.check(ctx, "status", "year", "page", "pageSize");
        String status = ctx.queryParam("status");
        if (status != null && RequestStatus.ofCode(status).isEmpty()) {
            throw ProblemException.of("bad-parameter", "Bad parameter", 400, "'status' must be one of "
                    + java.util.Arrays.stream(RequestStatus.values()).map(RequestStatus::code).toList() + ", not '" + status + "'");
        }
        Integer year = ctx.queryParam("year") == null ? null : ListAnswer.positive(ctx.queryParam("year"), 0, 9999, "year");
        List<Map<String, Object>> items = new ArrayList<>();
        for (PublicWooRequest r : service.publicList()) {
            if ((status == null || status.equals(r.status())) && (year == null || r.receivedOn().getYear() == year)) {
                items.add(map(r));
            }
        }
        new ListAnswer(CsvwMetadata.names(REQUEST_COLUMNS)).answer(ctx, items);
    }

    private void one(Context ctx) throws Exception {
        WooRequestRecord r = service.require(ctx.pathParam("id"));
        Map<String, Object> body = map(service.publicView(r));
        if (r.decision() != null) {
            body.put("inventory", BASE + "/" + r.id() + "/inventory");
        }
        ctx.contentType("application/json").result(json.writeValueAsString(body));
    }

    private void inventory(Context ctx) throws Exception {
        ListAnswer.check(ctx, "page", "pageSize");
        WooRequestRecord r = service.require(ctx.pathParam("id"));
        if (r.decision() == null) {
            throw ProblemException.of("no-decision", "No decision yet", 404, "request " + r.id() + " has no decision, so no inventory");
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (InventoryItem item : r.decision().inventory()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("number", item.number());
            row.put("title", item.title());
            row.put("date", item.date() == null ? null : item.date().toString());
            row.put("judgement", item.judgement().code());
            row.put("grounds", item.grounds());
            row.put("explanation", item.explanation());
            row.put("link", item.link());
            items.add(row);
        }
        new ListAnswer(CsvwMetadata.names(INVENTORY_COLUMNS)).answer(ctx, items);
    }

    private void statistics(Context ctx) throws Exception {
        ListAnswer.check(ctx, "page", "pageSize");
        boolean csv = ListAnswer.wantsCsv(ctx);
        List<Map<String, Object>> items = new ArrayList<>();
        for (YearFigures y : service.annualFigures()) {
            Map<String, Object> item = json.convertValue(y, new TypeReference<LinkedHashMap<String, Object>>() { });
            if (csv) {
                y.outcomes().forEach((code, n) -> item.put(outcomeColumn(code), n));
                List<String> grounds = new ArrayList<>();
                y.groundsUsed().forEach((code, n) -> grounds.add(code + ":" + n));
                item.put("groundsUsed", String.join(" ", grounds));
            }
            items.add(item);
        }
        new ListAnswer(CsvwMetadata.names(STATISTICS_COLUMNS)).answer(ctx, items);
    }

    // ---------------------------------------------------------------- staff

    private void register(Context ctx) throws Exception {
        StaffMember who = staff.auth().require(ctx, Role.WOO_OFFICER);
        WooRequestRecord r = service.register(body(ctx, WooRequestCommands.Register.class));
        StaffWooRequest after = service.staffView(r);
        staff.audit().record(who, "woo-request.register", subject(r), null, after);
        ctx.status(201).header("Location", BASE + "/" + r.id());
        ctx.contentType("application/json").result(json.writeValueAsString(after));
    }

    private void changeStatus(Context ctx) throws Exception {
        StaffMember who = staff.auth().require(ctx, Role.WOO_OFFICER);
        WooRequestRecord before = service.require(ctx.pathParam("id"));
        Map<String, String> body = body(ctx, new TypeReference<Map<String, String>>() { });
        String status = body.get("status");
        WooRequestCommands.Step step = new WooRequestCommands.Step(body.get("on"), body.get("note"), body.get("to"));
        WooRequestRecord after = switch (status == null ? "" : status) {
            case "in-behandeling" -> service.startHandling(before.id(), step);
            case "ingetrokken" -> service.withdraw(before.id(), step);
            case "doorgezonden" -> service.forward(before.id(), step);
            default -> throw WooRequestException.badInput("status must be in-behandeling, ingetrokken or doorgezonden (suspension, "
                    + "extension and decision have their own resources), not '" + status + "'");
        };
        write(ctx, who, "woo-request." + status, before, after, 200);
    }

    private void suspend(Context ctx) throws Exception {
        StaffMember who = staff.auth().require(ctx, Role.WOO_OFFICER);
        WooRequestRecord before = service.require(ctx.pathParam("id"));
        WooRequestRecord after = service.suspend(before.id(), body(ctx, WooRequestCommands.Suspend.class));
        ctx.header("Location", BASE + "/" + after.id() + "/suspensions/" + after.suspensions().size());
        write(ctx, who, "woo-request.suspend", before, after, 201);
    }

    private void endSuspension(Context ctx) throws Exception {
        StaffMember who = staff.auth().require(ctx, Role.WOO_OFFICER);
        WooRequestRecord before = service.require(ctx.pathParam("id"));
        int number = ListAnswer.positive(ctx.pathParam("number"), 1, 1000, "number");
        WooRequestRecord after = service.endSuspension(before.id(), number, body(ctx, WooRequestCommands.EndSuspension.class));
        write(ctx, who, "woo-request.end-suspension", before, after, 200);
    }

    private void extend(Context ctx) throws Exception {
        StaffMember who = staff.auth().require(ctx, Role.WOO_OFFICER);
        WooRequestRecord before = service.require(ctx.pathParam("id"));
        WooRequestRecord after = service.extend(before.id(), body(ctx, WooRequestCommands.Extend.class));
        write(ctx, who, "woo-request.extend", before, after, 200);
    }

    private void decide(Context ctx) throws Exception {
        StaffMember who = staff.auth().require(ctx, Role.WOO_OFFICER);
        WooRequestRecord before = service.require(ctx.pathParam("id"));
        WooRequestService.Decided decided = service.decide(who, before.id(), body(ctx, WooRequestCommands.Decide.class));
        StaffWooRequest after = service.staffView(decided.request());
        staff.audit().record(who, "woo-request.decide", subject(before), service.staffView(before), after);
        Map<String, Object> body = json.convertValue(after, new TypeReference<LinkedHashMap<String, Object>>() { });
        body.put("warnings", concat(after.warnings(), decided.warnings()));
        ctx.status(201).header("Location", BASE + "/" + before.id() + "/inventory");
        ctx.contentType("application/json").result(json.writeValueAsString(body));
    }

    private void staffList(Context ctx) throws Exception {
        staff.auth().require(ctx, Role.WOO_OFFICER);
        List<Map<String, Object>> items = new ArrayList<>();
        for (PublicWooRequest p : service.publicList()) {
            items.add(json.convertValue(service.staffView(service.require(p.id())), new TypeReference<LinkedHashMap<String, Object>>() { }));
        }
        new ListAnswer(List.of("request", "requester", "daysOverdue")).answer(ctx, items);
    }

    private void staffOne(Context ctx) throws Exception {
        staff.auth().require(ctx, Role.WOO_OFFICER);
        StaffWooRequest view = service.staffView(service.require(ctx.pathParam("id")));
        ctx.contentType("application/json").result(json.writeValueAsString(view));
    }

    private void overdue(Context ctx) throws Exception {
        staff.auth().require(ctx, Role.WOO_OFFICER);
        List<Map<String, Object>> items = new ArrayList<>();
        for (StaffWooRequest v : service.overdue()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", v.request().id());
            item.put("subject", v.request().subject());
            item.put("receivedOn", v.request().receivedOn().toString());
            item.put("status", v.request().status());
            item.put("deadline", v.request().deadline().toString());
            item.put("daysOverdue", v.daysOverdue());
            item.put("requesterName", v.requester().name());
            item.put("requesterEmail", v.requester().email());
            items.add(item);
        }
        new ListAnswer(List.of("id", "subject", "receivedOn", "status", "deadline", "daysOverdue", "requesterName", "requesterEmail"))
                .answer(ctx, items);
    }

    // ---------------------------------------------------------------- helpers

    private void write(Context ctx, StaffMember who, String action, WooRequestRecord before, WooRequestRecord after, int status)
            throws JsonProcessingException {
        StaffWooRequest view = service.staffView(after);
        staff.audit().record(who, action, subject(before), service.staffView(before), view);
        ctx.status(status).contentType("application/json").result(json.writeValueAsString(view));
    }

    private static String subject(WooRequestRecord r) {
        return "woo-request/" + r.id();
    }

    private <T> T body(Context ctx, Class<T> type) {
        try {
            T value = json.readValue(ctx.body(), type);
            if (value == null) {
                throw WooRequestException.badInput("send a JSON object");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw WooRequestException.badInput("the body is not the JSON object expected: " + e.getOriginalMessage());
        }
    }

    private <T> T body(Context ctx, TypeReference<T> type) {
        try {
            T value = json.readValue(ctx.body(), type);
            if (value == null) {
                throw WooRequestException.badInput("send a JSON object");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw WooRequestException.badInput("the body is not the JSON object expected: " + e.getOriginalMessage());
        }
    }

    private Map<String, Object> map(PublicWooRequest r) {
        return json.convertValue(r, new TypeReference<LinkedHashMap<String, Object>>() { });
    }

    private void csvw(Context ctx, String csvPath, String title, List<Column> columns) throws JsonProcessingException {
        ctx.contentType("application/csvm+json").result(json.writeValueAsString(CsvwMetadata.of(csvPath, title, columns)));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String outcomeColumn(String code) {
        StringBuilder name = new StringBuilder("outcome");
        for (String part : code.split("-")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.toString();
    }

    private static List<Column> statisticsColumns() {
        List<Column> columns = new ArrayList<>(List.of(
                new Column("year", "gYear", "kalenderjaar"),
                new Column("received", "integer", "ontvangen verzoeken"),
                new Column("decided", "integer", "besluiten genomen"),
                new Column("openAtYearEnd", "integer", "verzoeken open op 31 december"),
                new Column("withdrawn", "integer", "ingetrokken verzoeken"),
                new Column("forwarded", "integer", "doorgezonden verzoeken"),
                new Column("extended", "integer", "besluiten na verdaging"),
                new Column("suspended", "integer", "besluiten na opschorting"),
                new Column("decidedWithinFourWeeks", "integer", "besloten binnen de eerste termijn van vier weken (plus opschorting)"),
                new Column("pctDecidedWithinFourWeeks", "decimal", "percentage besloten binnen vier weken"),
                new Column("decidedInTime", "integer", "besloten binnen de wettelijke termijn, verdaging meegerekend"),
                new Column("pctDecidedInTime", "decimal", "percentage besloten binnen de (verdaagde) termijn"),
                new Column("meanDaysNetOfSuspensions", "decimal", "gemiddelde doorlooptijd in dagen, zonder opschortingen"),
                new Column("medianDaysNetOfSuspensions", "decimal", "mediaan van de doorlooptijd in dagen, zonder opschortingen")));
        for (nl.openbaar.api.woo.request.decision.DecisionOutcome o : nl.openbaar.api.woo.request.decision.DecisionOutcome.values()) {
            columns.add(new Column(outcomeColumn(o.code()), "integer", "besluiten met uitkomst " + o.labelNl()));
        }
        columns.add(new Column("groundsUsed", "string", "documenten per weigeringsgrond, als grond:aantal gescheiden door spaties"));
        return List.copyOf(columns);
    }

}
