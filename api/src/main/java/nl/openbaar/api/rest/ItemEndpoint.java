package nl.openbaar.api.rest;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.openbaar.store.Store;

/** One item of the API as JSON, with its ETag (a 304 when current), or a 404 problem when there is no such item. */
public final class ItemEndpoint {
    /** Reads the path (throwing {@link ApiProblem} on bad input) and returns how to find the item. */
    public interface Source {
        Supplier<Optional<?>> prepare(Context ctx);
    }

    private final String path;
    private final Source source;
    private final Function<Context, ApiProblem> missing;
    private final Store store;
    private final ResponseCache cache;

    public ItemEndpoint(String path, Source source, Function<Context, ApiProblem> missing, Store store, ResponseCache cache) {
        this.path = path;
        this.source = source;
        this.missing = missing;
        this.store = store;
        this.cache = cache;
    }

    public void register(RoutesConfig routes) {
        routes.get(path, this::answer);
    }

    private void answer(Context ctx) {
        new Parameters(ctx, Set.of());
        Negotiation.choose(ctx.header("Accept"), List.of(Negotiation.JSON));
        Supplier<Optional<?>> find = source.prepare(ctx);
        String version = store.version();
        ResponseCache.Rendered rendered = cache.get(version, "item " + ctx.path(), () -> find.get()
                .map(item -> new ResponseCache.Rendered(ApiJson.bytes(item), 1))
                .orElse(new ResponseCache.Rendered(new byte[0], 0)));
        if (rendered.total() == 0) {
            throw missing.apply(ctx);
        }
        if (Conditional.notModified(ctx, version, "json")) {
            return;
        }
        ctx.contentType("application/json");
        ctx.result(rendered.body());
    }
}
