package nl.openbaar.api.web;

/** A report in a list: its title, year and kind, linking to its page. */
public record DocumentSummary(String id, String title, String year, String kind) {
    public String path() {
        return DocumentPage.path(id);
    }
}
