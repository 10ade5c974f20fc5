package nl.openbaar.api.queries;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.javalin.http.Context;
import nl.openbaar.api.listing.ListAnswer;
import nl.openbaar.api.listing.PageLinks;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.openbaar.api.problem.Problem;
import nl.openbaar.store.Store;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;

/**
 * {@code GET /api/v1/queries/{name}}: a worked example question as an API. Its declared parameters come from the
 * query string (typed and checked), the answer is JSON or CSV ({@code Accept: text/csv} or a {@code .csv} suffix),
 * paged with {@code page} and {@code pageSize}, a total count and RFC 8288 {@code Link} headers.
 */
public final class SavedQueryHandler implements Handler {
    public static final int DEFAULT_PAGE_SIZE = 100;
    public static final int MAX_PAGE_SIZE = 1000;
    private static final List<String> PAGING = List.of("page", "pageSize");

    private final Store store;
    private final ExampleQueries queries;
    private final ObjectMapper json = new ObjectMapper();
    private final CsvMapper csv = new CsvMapper();

    public SavedQueryHandler(Store store, ExampleQueries queries) {
        this.store = store;
        this.queries = queries;
    }

    @Override
    public void handle(Context ctx) throws Exception {
        String requested = ctx.pathParam("name");
        boolean asCsv = requested.endsWith(".csv") || Optional.ofNullable(ctx.header("Accept")).orElse("").startsWith("text/csv");
        String name = requested.replaceFirst("\\.csv$", "");
        Optional<ExampleQuery> example = queries.named(name);
        if (example.isEmpty()) {
            Problem.of("unknown-query", "Unknown query", 404, "there is no saved query '" + name + "'; see /api/v1/queries").answer(ctx);
            return;
        }
        Map<String, String> parameters = new HashMap<>();
        ctx.queryParamMap().forEach((key, values) -> {
            if (!PAGING.contains(key)) {
                parameters.put(key, values.get(0));
            }
        });
        int page;
        int pageSize;
        Query query;
        try {
            page = ListAnswer.positive(ctx.queryParam("page"), 1, Integer.MAX_VALUE, "page");
            pageSize = ListAnswer.positive(ctx.queryParam("pageSize"), DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, "pageSize");
            query = example.get().bind(parameters);
        } catch (IllegalArgumentException e) {
            Problem.of("bad-parameter", "Bad parameter", 400, e.getMessage()).answer(ctx);
            return;
        }
        List<String> columns = query.getResultVars();
        List<Map<String, String>> rows = store.read(tx -> {
            List<Map<String, String>> all = new ArrayList<>();
            try (var execution = tx.query(query)) {
                ResultSet results = execution.execSelect();
                results.forEachRemaining(solution -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    columns.forEach(column -> row.put(column, text(solution.get(column))));
                    all.add(row);
                });
            }
            return all;
        });
        int last = Math.max(1, (rows.size() + pageSize - 1) / pageSize);
        List<Map<String, String>> items = rows.subList(Math.min((page - 1) * pageSize, rows.size()), Math.min(page * pageSize, rows.size()));
        ctx.header("Link", PageLinks.header(ctx, page, last, pageSize));
        ctx.header("X-Total-Count", String.valueOf(rows.size()));
        if (asCsv) {
            CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
            columns.forEach(schema::addColumn);
            ctx.contentType("text/csv; charset=utf-8");
            ctx.result(csv.writer(schema.build()).writeValueAsString(items));
        } else {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("query", name);
            body.put("title", example.get().title());
            body.put("page", page);
            body.put("pageSize", pageSize);
            body.put("total", rows.size());
            body.put("columns", columns);
            body.put("items", items);
            ctx.contentType("application/json");
            ctx.result(json.writeValueAsString(body));
        }
    }

    private static String text(RDFNode node) {
        if (node == null) {
            return "";
        }
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.isURIResource() ? node.asResource().getURI() : node.toString();
    }
}
