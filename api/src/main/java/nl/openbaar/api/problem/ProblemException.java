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

    public ProblemException(Problem problem) {
        this(problem, Map.of());
    }

    public ProblemException(Problem problem, Map<String, String> headers) {
        super(problem.title() + ": " + problem.detail());
        this.problem = problem;
        this.headers = new LinkedHashMap<>(headers);
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
        problem.answer(ctx);
    }
}
