package nl.openbaar.api.problem;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request that cannot be answered as asked, thrown from deep inside a handler; the server answers it with its
 * {@link Problem} (and any headers, such as {@code WWW-Authenticate}).
 */
public final class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;
    private final Map<String, String> headers;
    private final transient Map<String, Object> extensions;

    public ProblemException(Problem problem) {
        this(problem, Map.of());
    }

    public ProblemException(Problem problem, Map<String, String> headers) {
        this(problem, headers, Map.of());
    }

    /** With extension members (RFC 9457 section 3.2) added to the problem's JSON, such as the findings that block a publication. */
    public ProblemException(Problem problem, Map<String, String> headers, Map<String, Object> extensions) {
        super(problem.title() + ": " + problem.detail());
        this.problem = problem;
        this.headers = new LinkedHashMap<>(headers);
        this.extensions = new LinkedHashMap<>(extensions);
    }

    /** A problem of the given code, title and status. */
    public static ProblemException of(String code, String title, int status, String detail) {
        return new ProblemException(Problem.of(code, title, status, detail));
    }

    public Problem problem() {
        return problem;
    }

    public void answer(Context ctx) {
        headers.forEach(ctx::header);
        if (extensions.isEmpty()) {
            problem.answer(ctx);
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.type());
        body.put("title", problem.title());
        body.put("status", problem.status());
        body.put("detail", problem.detail());
        body.put("instance", ctx.path());
        body.putAll(extensions);
        ctx.status(problem.status()).contentType(Problem.MEDIA_TYPE).json(body);
        ctx.contentType(Problem.MEDIA_TYPE);
    }
}
