package nl.openbaar.api.woo.request.decision;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of the inventory list: a document, its judgement and the grounds for what is withheld. The inventory is a
 * public document by nature: its title, explanation and link are published as given.
 *
 * @param number      the document number within the decision (Documentnummer)
 * @param title       what the document is (Bestandsnaam / omschrijving)
 * @param date        the document's date, when known
 * @param judgement   the judgement; an unknown judgement was stored as {@link Judgement#NIET_OPENBAAR}
 * @param grounds     refusal ground codes, normalised (e.g. 5.1.2e)
 * @param explanation Toelichting
 * @param link        the public link (reeds openbaar, or once published)
 */
public record InventoryItem(String number, String title, LocalDate date, Judgement judgement, List<String> grounds,
        String explanation, String link) {
    public InventoryItem {
        grounds = grounds == null ? List.of() : List.copyOf(grounds);
    }
}
