package nl.openbaar.api.web;

/** A section whose text matches a search, linking to its place in the report. */
public record SearchHit(String sectionTitle, String documentTitle, String path, String excerpt) {
}
