package nl.openbaar.api.web;

/**
 * Where a figure came from: the document, the section it was printed in (when one could be placed), and the
 * locator as harvested ("line 164, table 2 ...").
 *
 * @param section the section's position in the document, or null when the figure precedes every section
 */
public record SourceLink(String documentId, String documentTitle, Integer section, String sectionTitle, String locator) {
    public String href() {
        return DocumentPage.path(documentId) + (section == null ? "" : "#" + anchor(section));
    }

    /** What the link says: the section's title, or the document's when there is no section. */
    public String label() {
        return section == null ? documentTitle : sectionTitle;
    }

    static String anchor(int section) {
        return "sectie-" + section;
    }
}
