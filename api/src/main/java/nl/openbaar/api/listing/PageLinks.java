package nl.openbaar.api.listing;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The RFC 8288 links of one page of a list: first, prev, next and last, each keeping every other parameter of the
 * request (sorted, so the same page always has the same address).
 */
public final class PageLinks {
    private PageLinks() {
    }

    /** The links as {@code <url>; rel="..."} values, for a list paged by {@code page} and {@code pageSize}. */
    public static List<String> of(Context ctx, int page, int last, int pageSize) {
        StringBuilder query = new StringBuilder();
        new TreeMap<>(ctx.queryParamMap()).forEach((key, values) -> {
            if (!key.equals("page") && !key.equals("pageSize")) {
                values.forEach(v -> query.append(encode(key)).append('=').append(encode(v)).append('&'));
            }
        });
        return of(ctx.path() + "?" + query + "pageSize=" + pageSize + "&page=", page, last);
    }

    /** The links of a list whose pages are {@code base} followed by the page number. */
    public static List<String> of(String base, int page, int last) {
        List<String> links = new ArrayList<>();
        links.add("<" + base + 1 + ">; rel=\"first\"");
        if (page > 1) {
            links.add("<" + base + Math.min(page - 1, last) + ">; rel=\"prev\"");
        }
        if (page < last) {
            links.add("<" + base + (page + 1) + ">; rel=\"next\"");
        }
        links.add("<" + base + last + ">; rel=\"last\"");
        return links;
    }

    /** The links as one {@code Link} header value. */
    public static String header(Context ctx, int page, int last, int pageSize) {
        return String.join(", ", of(ctx, page, last, pageSize));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
