package nl.openbaar.api.sparql;

import java.time.Duration;

/**
 * What protects the endpoint from expensive queries: a timeout after which a query is stopped, a cap on queries
 * running at once (beyond it: 503 with Retry-After), and a maximum query size. Results are never truncated.
 */
public record QueryLimits(Duration timeout, int maxConcurrent, int maxQueryChars) {
    public static final QueryLimits DEFAULT = new QueryLimits(Duration.ofSeconds(30), 4, 100_000);

    public QueryLimits {
        if (timeout.isNegative() || timeout.isZero() || maxConcurrent < 1 || maxQueryChars < 1) {
            throw new IllegalArgumentException("query limits must be positive: " + timeout + ", " + maxConcurrent + ", " + maxQueryChars);
        }
    }

    public static QueryLimits withTimeout(Duration timeout) {
        return new QueryLimits(timeout, DEFAULT.maxConcurrent(), DEFAULT.maxQueryChars());
    }
}
