package nl.openbaar.harvester.figures;

import java.util.Optional;

/**
 * What the manifest says of a report, which its tables do not repeat.
 *
 * @param programme the programme the report (part) is about
 * @param part the part of the programme it covers, e.g. "Burgerzaken"; it is the budget line of tables whose rows name
 *             only phases or flows
 * @param fiscalYear the year of the report; the year of values whose column names none
 * @param budgetDocument true for a begroting, whose unqualified values are targets
 */
public record ReportContext(String programme, Optional<String> part, int fiscalYear, boolean budgetDocument) {
}
