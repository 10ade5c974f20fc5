package nl.openbaar.api.rest;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import nl.openbaar.api.listing.PageLinks;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.openbaar.store.Store;

/**
 * One list of the API at {@code path}, as JSON or CSV ({@code Accept}, or {@code path.csv}), with its CSVW metadata at
 * {@code path.csv-metadata.json}: parameters checked, then the ETag (a 304 when current), then one page read through the
 * source (or taken from the cache of the current store version), with {@code Link} headers and the total.
 *
 * @param <T> the item model
 */
public final class ListEndpoint<T> {
    /** Reads the request's filters (throwing {@link ApiProblem} on bad input) and returns the query to run. */
    public interface Source<T> {
        Function<Paging, Slice<T>> prepare(Context ctx, Parameters parameters);
    }

    /** Wraps a page in the generated list model ({@code BudgetFigureList} etc.). */
    public interface Body<T> {
        Object of(List<T> items, Paging paging, long total);
    }

    private final String path;
    private final String title;
    private final Set<String> parameters;
    private final Source<T> source;
    private final Body<T> body;
    private final CsvFormat<T> csv;
    private final Store store;
    private final ResponseCache cache;
    private Consumer<Context> exists = ctx -> { };

    public ListEndpoint(String path, String title, Class<T> itemType, Set<String> filters, Source<T> source, Body<T> body,
                        Store store, ResponseCache cache) {
        this.path = path;
        this.title = title;
        Set<String> all = new HashSet<>(filters);
        all.addAll(Parameters.PAGING);
        this.parameters = Set.copyOf(all);
        this.source = source;
        this.body = body;
        this.csv = new CsvFormat<>(itemType);
        this.store = store;
        this.cache = cache;
    }

    /** A check that the list's parent exists (e.g. the document of the sections), run for the metadata too. */
    public ListEndpoint<T> requiring(Consumer<Context> parentExists) {
        this.exists = parentExists;
        return this;
    }

    public void register(RoutesConfig routes) {
        routes.get(path, ctx -> answer(ctx, false));
        routes.get(path + ".csv", ctx -> answer(ctx, true));
        routes.get(path + ".csv-metadata.json", this::metadata);
    }

    public CsvFormat<T> csv() {
        return csv;
    }

    private void answer(Context ctx, boolean csvPath) {
        Parameters given = new Parameters(ctx, parameters);
        boolean asCsv = csvPath || Negotiation.CSV.equals(Negotiation.choose(ctx.header("Accept"), List.of(Negotiation.JSON, Negotiation.CSV)));
        Paging paging = given.paging();
        Dialect dialect = given.dialect();
        Function<Paging, Slice<T>> query = source.prepare(ctx, given);
        String version = store.version();
        String representation = asCsv ? "csv-" + dialect.label() : "json";
        if (Conditional.notModified(ctx, version, representation)) {
            return;
        }
        ResponseCache.Rendered rendered = cache.get(version, representation + " " + ctx.path() + "?" + canonical(ctx), render(query, paging, asCsv, dialect));
        String csvPathNow = csvPath ? ctx.path() : ctx.path() + ".csv";
        List<String> links = pageLinks(ctx, paging, rendered.total());
        if (asCsv) {
            links.add("<" + csvPathNow + "-metadata.json" + (dialect == Dialect.RFC4180 ? "" : "?dialect=" + dialect.label())
                    + ">; rel=\"describedby\"; type=\"application/csvm+json\"");
            ctx.contentType("text/csv; charset=utf-8; header=present");
        } else {
            ctx.contentType("application/json");
        }
        ctx.header("Link", String.join(", ", links));
        ctx.header("X-Total-Count", String.valueOf(rendered.total()));
        ctx.result(rendered.body());
    }

    private Supplier<ResponseCache.Rendered> render(Function<Paging, Slice<T>> query, Paging paging, boolean asCsv, Dialect dialect) {
        return () -> {
            Slice<T> slice = query.apply(paging);
            byte[] bytes = asCsv ? csv.write(slice.items(), dialect) : ApiJson.bytes(body.of(slice.items(), paging, slice.total()));
            return new ResponseCache.Rendered(bytes, slice.total());
        };
    }

    private void metadata(Context ctx) {
        Parameters given = new Parameters(ctx, Set.of("dialect"));
        Dialect dialect = given.dialect();
        Negotiation.choose(ctx.header("Accept"), List.of("application/csvm+json", "application/json"));
        exists.accept(ctx);
        if (Conditional.notModified(ctx, store.version(), "csvw-" + dialect.label())) {
            return;
        }
        String csvPath = ctx.path().substring(0, ctx.path().length() - "-metadata.json".length());
        String url = csvPath.substring(csvPath.lastIndexOf('/') + 1) + (dialect == Dialect.RFC4180 ? "" : "?dialect=" + dialect.label());
        ctx.contentType("application/csvm+json");
        ctx.result(ApiJson.bytes(csv.metadata(url, title, dialect)));
    }

    /** first, prev, next and last, keeping every other parameter of the request. */
    private static List<String> pageLinks(Context ctx, Paging paging, long total) {
        return PageLinks.of(ctx, paging.page(), paging.lastPage(total), paging.pageSize());
    }

    private static String canonical(Context ctx) {
        StringBuilder key = new StringBuilder();
        for (Map.Entry<String, List<String>> e : new TreeMap<>(ctx.queryParamMap()).entrySet()) {
            key.append(encode(e.getKey())).append('=').append(encode(String.join(",", e.getValue()))).append('&');
        }
        return key.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
