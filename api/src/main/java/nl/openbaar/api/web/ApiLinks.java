package nl.openbaar.api.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Paths of the JSON/CSV API (issue 6, shared conventions) that the pages link to. */
final class ApiLinks {
    private ApiLinks() {
    }

    static String json(String path, Map<String, String> query) {
        return "/api/v1/" + path + queryString(query);
    }

    /** The CSV of a list: the same path with a {@code .csv} suffix. */
    static String csv(String path, Map<String, String> query) {
        return "/api/v1/" + path + ".csv" + queryString(query);
    }

    static Map<String, String> params(String... keysAndValues) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            params.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return params;
    }

    private static String queryString(Map<String, String> query) {
        return query.isEmpty() ? "" : query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "?", ""));
    }
}
