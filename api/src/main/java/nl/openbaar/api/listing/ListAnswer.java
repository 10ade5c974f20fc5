package nl.openbaar.api.listing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.openbaar.api.problem.ProblemException;
import nl.openbaar.api.staff.StaffJson;

/**
 * Answers a list the way every list of the API is answered: {@code {"items", "page", "pageSize", "total"}} as JSON,
 * or CSV ({@code Accept: text/csv} or a {@code .csv} suffix on the path) with the given columns, one page at a time,
 * with RFC 8288 {@code Link} headers (first, prev, next, last) and {@code X-Total-Count}.
 */
public final class ListAnswer {
    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 1000;
    private static final List<String> PAGING = List.of("page", "pageSize");

    private final List<String> columns;
    private final ObjectMapper json = StaffJson.mapper();
    private final CsvMapper csv = new CsvMapper();

    /** A list whose CSV has these columns (keys of the item maps), in this order. */
    public ListAnswer(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    /**
     * Checks a list request before it is answered: a query parameter not in {@code allowed} is a 400, an Accept that
     * takes neither JSON nor CSV a 406 (the contract's rules for every list).
     */
    public static void check(Context ctx, String... allowed) {
        java.util.Set<String> unknown = new java.util.TreeSet<>(ctx.queryParamMap().keySet());
        unknown.removeAll(List.of(allowed));
        if (!unknown.isEmpty()) {
            throw nl.openbaar.api.problem.ProblemException.of("unknown-parameter", "Unknown parameter", 400, "unknown query parameter(s) "
                    + unknown + "; this endpoint takes " + new java.util.TreeSet<>(List.of(allowed)));
        }
        if (!ctx.path().endsWith(".csv")) {
            nl.openbaar.api.rest.Negotiation.choose(ctx.header("Accept"), List.of("application/json", "text/csv"));
        }
    }

    /** True when the request asks for CSV. */
    public static boolean wantsCsv(Context ctx) {
        return ctx.path().endsWith(".csv") || Optional.ofNullable(ctx.header("Accept")).orElse("").startsWith("text/csv");
    }

    public void answer(Context ctx, List<? extends Map<String, ?>> all) throws java.io.IOException {
        int page = positive(ctx.queryParam("page"), 1, Integer.MAX_VALUE, "page");
        int pageSize = positive(ctx.queryParam("pageSize"), DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, "pageSize");
        int last = Math.max(1, (all.size() + pageSize - 1) / pageSize);
        int from = (int) Math.min((long) (page - 1) * pageSize, all.size());
        int to = (int) Math.min((long) page * pageSize, all.size());
        List<? extends Map<String, ?>> items = all.subList(from, to);
        ctx.header("Link", PageLinks.header(ctx, page, last, pageSize));
        ctx.header("X-Total-Count", String.valueOf(all.size()));
        if (wantsCsv(ctx)) {
            CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
            columns.forEach(schema::addColumn);
            List<Map<String, String>> rows = new ArrayList<>();
            for (Map<String, ?> item : items) {
                Map<String, String> row = new LinkedHashMap<>();
                for (String column : columns) {
                    row.put(column, cell(item.get(column)));
                }
                rows.add(row);
            }
            ctx.contentType("text/csv; charset=utf-8");
            ctx.result(csv.writer(schema.build()).writeValueAsString(rows));
        } else {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("items", items);
            body.put("page", page);
            body.put("pageSize", pageSize);
            body.put("total", all.size());
            ctx.contentType("application/json");
            ctx.result(json.writeValueAsString(body));
        }
    }

    private String cell(Object value) throws com.fasterxml.jackson.core.JsonProcessingException {
        if (value == null || value instanceof com.fasterxml.jackson.databind.JsonNode node && (node.isNull() || node.isMissingNode())) {
            return "";
        }
        if (value instanceof com.fasterxml.jackson.databind.JsonNode node) {
            return node.isValueNode() ? node.asText() : json.writeValueAsString(node);
        }
        if (value instanceof Iterable<?> values) {
            List<String> parts = new ArrayList<>();
            for (Object v : values) {
                parts.add(cell(v));
            }
            return String.join(" ", parts);
        }
        if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean || value instanceof Enum<?>) {
            return value.toString();
        }
        String text = json.writeValueAsString(value);
        return text.startsWith("\"") ? json.readValue(text, String.class) : text;
    }

    /** A whole number from 1 to {@code max}, or {@code fallback} when absent; otherwise a 400 problem. */
    public static int positive(String text, int fallback, int max, String name) {
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.of("bad-parameter", "Bad parameter", 400, "'" + name + "' must be a whole number from 1 to " + max + ", not '" + text + "'");
    }
}
