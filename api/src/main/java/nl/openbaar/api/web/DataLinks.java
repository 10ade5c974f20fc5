package nl.openbaar.api.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The data behind a chart or table, for whoever wants to check or reuse it: the JSON and CSV of the API and the
 * SPARQL query the page itself ran.
 */
public record DataLinks(String json, String csv, String sparql) {
    /** The query page with this query in the editor (query-page.js reads the fragment). */
    public String sparqlPage() {
        return "/sparql#query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
