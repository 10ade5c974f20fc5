package nl.openbaar.api.health;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.openbaar.store.Store;

/** {@code GET /healthz}: the server is up and the store answers. */
public final class HealthHandler implements Handler {
    private final Store store;

    public HealthHandler(Store store) {
        this.store = store;
    }

    @Override
    public void handle(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        body.put("graphs", store.read(tx -> tx.graphNames().size()));
        ctx.json(body);
    }
}
