package nl.openbaar.api.sparql;

import nl.openbaar.api.problem.Problem;

/** A request the SPARQL Protocol does not allow, with the problem to answer it with. */
final class ProtocolException extends RuntimeException {
    private final transient Problem problem;

    ProtocolException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    Problem problem() {
        return problem;
    }
}
