package nl.openbaar.api.problem;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** An RFC 9457 problem detail, answered as {@code application/problem+json}. */
public record Problem(String type, String title, int status, String detail) {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://w3id.org/openbaar/problems/";

    public static Problem of(String code, String title, int status, String detail) {
        return new Problem(TYPE_BASE + code, title, status, detail);
    }

    public void answer(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", ctx.path());
        ctx.status(status).contentType(MEDIA_TYPE).json(body);
        ctx.contentType(MEDIA_TYPE);
    }
}
