package nl.openbaar.harvester.figures;

import java.util.Map;
import java.util.Optional;

/**
 * What the manifest says of a report, which its tables do not repeat.
 *
 * @param programme the programme the report (part) is about
 * @param part the part of the programme it covers, e.g. "Burgerzaken"; it is the budget line of tables whose rows name
 *             only phases or flows
 * @param fiscalYear the year of the report; the year of values whose column names none
 * @param budgetDocument true for a begroting, whose unqualified values are targets
 * @param pages the page each line was printed on, for paged documents (PDF); empty otherwise
 */
public record ReportContext(String programme, Optional<String> part, int fiscalYear, boolean budgetDocument,
                            Map<Integer, Integer> pages) {
    public ReportContext {
        pages = Map.copyOf(pages);
    }

    public ReportContext(String programme, Optional<String> part, int fiscalYear, boolean budgetDocument) {
        this(programme, part, fiscalYear, budgetDocument, Map.of());
    }

    /** Where a line is, for a locator: "page 3, line 120", or "line 120" when the document has no pages. */
    public String whereIs(int line) {
        Integer page = pages.get(line);
        return (page == null ? "" : "page " + page + ", ") + "line " + line;
    }
}
