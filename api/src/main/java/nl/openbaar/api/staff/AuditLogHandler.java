package nl.openbaar.api.staff;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.openbaar.api.listing.ListAnswer;

/**
 * {@code GET /api/v1/staff/audit-log} (and {@code .csv}), for administrators: the audit log, oldest first, optionally
 * only the entries of one {@code subject} (and what lies under it: {@code pub-1} also gives {@code pub-1/f1}) or
 * {@code action}.
 */
public final class AuditLogHandler implements Handler {
    private static final List<String> COLUMNS = List.of("at", "who", "whoName", "role", "action", "subject", "before", "after");

    private final Staff staff;
    private final ListAnswer list = new ListAnswer(COLUMNS);

    public AuditLogHandler(Staff staff) {
        this.staff = staff;
    }

    @Override
    public void handle(Context ctx) throws Exception {
        staff.auth().require(ctx, Role.ADMIN);
        String subject = ctx.queryParam("subject");
        String action = ctx.queryParam("action");
        List<Map<String, Object>> items = new ArrayList<>();
        for (JsonNode entry : staff.audit().entries()) {
            String about = entry.path("subject").asText();
            if ((subject == null || about.equals(subject) || about.startsWith(subject + "/"))
                    && (action == null || action.equals(entry.path("action").asText()))) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("at", entry.path("at").asText());
                item.put("who", entry.path("who").path("id").asText());
                item.put("whoName", entry.path("who").path("name").asText());
                item.put("role", entry.path("who").path("role").asText());
                item.put("action", entry.path("action").asText());
                item.put("subject", entry.path("subject").asText());
                item.put("before", entry.get("before"));
                item.put("after", entry.get("after"));
                items.add(item);
            }
        }
        list.answer(ctx, items);
    }
}
