package nl.openbaar.api.rest;

import nl.openbaar.api.problem.Problem;

/** A request the API refuses, with the RFC 9457 problem to answer. */
public final class ApiProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    public ApiProblem(String code, String title, int status, String detail) {
        super(detail);
        this.problem = Problem.of(code, title, status, detail);
    }

    public static ApiProblem badParameter(String detail) {
        return new ApiProblem("bad-parameter", "Bad parameter", 400, detail);
    }

    public static ApiProblem notFound(String code, String detail) {
        return new ApiProblem(code, "Not Found", 404, detail);
    }

    public Problem problem() {
        return problem;
    }
}
