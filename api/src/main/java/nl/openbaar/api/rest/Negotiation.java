package nl.openbaar.api.rest;

import java.util.List;
import java.util.Locale;

/**
 * Chooses JSON or CSV from the {@code Accept} header (RFC 9110 media ranges with q-values); a request that accepts
 * neither is answered 406.
 */
public final class Negotiation {
    public static final String JSON = "application/json";
    public static final String CSV = "text/csv";

    private Negotiation() {
    }

    /**
     * The best of {@code offered} (in order of preference of the server) for {@code accept}.
     *
     * @throws ApiProblem 406 when none is acceptable
     */
    public static String choose(String accept, List<String> offered) {
        if (accept == null || accept.isBlank()) {
            return offered.get(0);
        }
        String best = null;
        double bestQ = 0;
        for (String type : offered) { // in the server's order of preference, which breaks ties
            double q = 0;
            int specificity = -1;
            for (String range : accept.split(",")) {
                String[] parts = range.trim().split(";");
                int s = matches(parts[0].trim().toLowerCase(Locale.ROOT), type);
                if (s > specificity) { // the most specific range that matches decides the type's q
                    specificity = s;
                    q = quality(parts);
                }
            }
            if (q > bestQ) {
                best = type;
                bestQ = q;
            }
        }
        if (best == null || bestQ <= 0) {
            throw new ApiProblem("not-acceptable", "Not Acceptable", 406, "this resource is available as " + String.join(" or ", offered)
                    + ", not as '" + accept + "'");
        }
        return best;
    }

    /** -1: no match; 0: *&#47;*; 1: type/*; 2: exact. */
    private static int matches(String range, String type) {
        if (range.equals("*/*") || range.equals("*")) {
            return 0;
        }
        if (range.endsWith("/*") && type.startsWith(range.substring(0, range.length() - 1))) {
            return 1;
        }
        return range.equals(type) ? 2 : -1;
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim();
            if (p.startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
