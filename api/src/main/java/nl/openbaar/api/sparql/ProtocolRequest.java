package nl.openbaar.api.sparql;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.openbaar.api.problem.Problem;
import org.apache.jena.sparql.core.DatasetDescription;

/**
 * The parameters of a SPARQL 1.1 Protocol request, however they came: GET query parameters, a POSTed form (plus the
 * URL's parameters), or a POSTed {@code application/sparql-query} or {@code application/sparql-update} body (plus the
 * URL's parameters). Reading a request that the protocol does not allow throws a {@link ProtocolException}.
 */
final class ProtocolRequest {
    static final String FORM = "application/x-www-form-urlencoded";
    static final String SPARQL_QUERY = "application/sparql-query";
    static final String SPARQL_UPDATE = "application/sparql-update";

    private static final java.util.Set<String> ASCII_COMPATIBLE = java.util.Set.of("utf-8", "utf8", "us-ascii", "iso-8859-1");

    private final Map<String, List<String>> params;

    private ProtocolRequest(Map<String, List<String>> params) {
        this.params = params;
    }

    static ProtocolRequest read(Context ctx) {
        Map<String, List<String>> params = new HashMap<>(ctx.queryParamMap());
        if (ctx.method() == HandlerType.GET) {
            return new ProtocolRequest(params);
        }
        String mediaType = mediaType(ctx.contentType());
        String body = utf8Body(ctx);
        switch (mediaType) {
            case FORM -> ctx.formParamMap().forEach((name, values) -> params.merge(name, values, ProtocolRequest::concat));
            case SPARQL_QUERY -> params.put("query", List.of(body));
            case SPARQL_UPDATE -> params.put("update", List.of(body));
            default -> throw new ProtocolException(Problem.of("unsupported-media-type", "Unsupported Media Type", 415,
                    "POST a query as " + SPARQL_QUERY + " or as a form (" + FORM + ") with a 'query' field, not as '"
                            + ctx.contentType() + "'"));
        }
        return new ProtocolRequest(params);
    }

    boolean isUpdate() {
        return params.containsKey("update");
    }

    /** The query text, when there is one. */
    Optional<String> query() {
        List<String> queries = params.getOrDefault("query", List.of());
        if (queries.size() > 1) {
            throw new ProtocolException(Problem.of("multiple-queries", "More than one query", 400,
                    "give exactly one 'query' parameter; this request has " + queries.size()));
        }
        return queries.stream().findFirst();
    }

    /** The dataset given by {@code default-graph-uri} and {@code named-graph-uri}, or null when the request gives none. */
    DatasetDescription dataset() {
        List<String> defaultGraphs = params.getOrDefault("default-graph-uri", List.of());
        List<String> namedGraphs = params.getOrDefault("named-graph-uri", List.of());
        return defaultGraphs.isEmpty() && namedGraphs.isEmpty() ? null : DatasetDescription.create(defaultGraphs, namedGraphs);
    }

    /**
     * The body, which the protocol requires to be UTF-8: bytes that are not UTF-8 are a 400, a declared charset that
     * is not ASCII-compatible a 415. US-ASCII and ISO-8859-1 pass (for UTF-8 bodies) because common clients declare
     * them by default for forms.
     */
    private static String utf8Body(Context ctx) {
        String charset = parameter(ctx.contentType(), "charset");
        if (charset != null && !ASCII_COMPATIBLE.contains(charset.toLowerCase(Locale.ROOT))) {
            throw new ProtocolException(Problem.of("unsupported-charset", "Unsupported Media Type", 415,
                    "SPARQL requests are UTF-8; this one declares charset " + charset));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(ctx.bodyAsBytes())).toString();
        } catch (CharacterCodingException e) {
            throw new ProtocolException(Problem.of("not-utf-8", "Body is not UTF-8", 400, "SPARQL requests are UTF-8; this body is not"));
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static String parameter(String contentType, String name) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String[] pair = part.split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase(name)) {
                return pair[1].strip().replace("\"", "");
            }
        }
        return null;
    }
}
