package nl.openbaar.api.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A list's order: fields named by the client ({@code fiscalYear,-amount}, {@code -} for descending), each mapped to a
 * SPARQL expression, followed by the list's default order so that ties, and so pages, are stable.
 */
public final class SortOrder {
    private final List<String> keys;

    private SortOrder(List<String> keys) {
        this.keys = List.copyOf(keys);
    }

    /**
     * Parses {@code sort} (null or blank for the default) against the fields a list allows.
     *
     * @param fields field name to the SPARQL expression it sorts by
     * @param defaults the default order, as SPARQL order conditions; always appended
     */
    public static SortOrder parse(String sort, Map<String, String> fields, List<String> defaults) {
        List<String> keys = new ArrayList<>();
        if (sort != null && !sort.isBlank()) {
            for (String part : sort.split(",", -1)) {
                boolean descending = part.startsWith("-");
                String field = descending ? part.substring(1) : part;
                String expression = fields.get(field);
                if (expression == null) {
                    throw new IllegalArgumentException("cannot sort by '" + field + "'; sort by " + String.join(", ", fields.keySet())
                            + " (comma-separated, '-' for descending)");
                }
                keys.add(descending ? "DESC(" + expression + ")" : "ASC(" + expression + ")");
            }
        }
        keys.addAll(defaults);
        return new SortOrder(keys);
    }

    /** The default order only. */
    public static SortOrder defaults(List<String> defaults) {
        return new SortOrder(defaults);
    }

    public static Map<String, String> fields(String... nameThenExpression) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < nameThenExpression.length; i += 2) {
            fields.put(nameThenExpression[i], nameThenExpression[i + 1]);
        }
        return fields;
    }

    public String orderBy() {
        return "ORDER BY " + String.join(" ", keys);
    }
}
