package nl.openbaar.api.queries;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /api/v1/queries}: the saved queries, with their titles, descriptions and parameters. */
public final class SavedQueryListHandler implements Handler {
    private final ExampleQueries queries;

    public SavedQueryListHandler(ExampleQueries queries) {
        this.queries = queries;
    }

    @Override
    public void handle(Context ctx) {
        List<Map<String, Object>> items = queries.all().stream().map(q -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", q.name());
            item.put("title", q.title());
            item.put("description", q.description());
            item.put("parameters", q.parameters().stream().map(p -> Map.of("name", p.name(), "type", p.type(),
                    "default", p.defaultValue(), "description", p.description())).toList());
            item.put("href", "/api/v1/queries/" + q.name());
            return item;
        }).toList();
        ctx.json(Map.of("items", items));
    }
}
