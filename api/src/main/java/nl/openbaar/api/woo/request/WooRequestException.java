package nl.openbaar.api.woo.request;

import nl.openbaar.api.problem.ProblemException;

/** The problems the request register answers with (RFC 9457); when one is thrown nothing has been stored. */
public final class WooRequestException {
    private WooRequestException() {
    }

    public static ProblemException badInput(String detail) {
        return ProblemException.of("invalid-woo-request", "Invalid Woo request data", 400, detail);
    }

    public static ProblemException notFound(String id) {
        return ProblemException.of("unknown-woo-request", "Unknown Woo request", 404, "there is no Woo request '" + id + "'");
    }

    public static ProblemException conflict(String detail) {
        return ProblemException.of("woo-request-conflict", "Not possible in the request's state", 409, detail);
    }
}
