package nl.openbaar.api.woo.request;

import nl.openbaar.api.problem.Problem;

/** A request the register refuses, with the RFC 9457 problem to answer: nothing has been stored. */
public final class WooRequestException extends RuntimeException {
    private final transient Problem problem;

    private WooRequestException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public static WooRequestException badInput(String detail) {
        return new WooRequestException(Problem.of("invalid-woo-request", "Invalid Woo request data", 400, detail));
    }

    public static WooRequestException notFound(String id) {
        return new WooRequestException(Problem.of("unknown-woo-request", "Unknown Woo request", 404, "there is no Woo request '" + id + "'"));
    }

    public static WooRequestException conflict(String detail) {
        return new WooRequestException(Problem.of("woo-request-conflict", "Not possible in the request's state", 409, detail));
    }

    public Problem problem() {
        return problem;
    }
}
