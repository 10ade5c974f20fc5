package nl.openbaar.api.woo.request.decision;

import java.time.LocalDate;
import java.util.List;

/**
 * The decision on a Woo request: its date, outcome and the judgement per document (the inventory).
 *
 * @param publicationId the publication in category "Woo-verzoeken en -besluiten" that holds the decision and the
 *                      disclosed documents, once there is one
 */
public record Decision(LocalDate decidedOn, DecisionOutcome outcome, List<InventoryItem> inventory, String publicationId) {
    public Decision {
        inventory = inventory == null ? List.of() : List.copyOf(inventory);
    }

    public Decision withPublicationId(String id) {
        return new Decision(decidedOn, outcome, inventory, id);
    }

    /** Every ground cited in the inventory, once, in order of appearance. */
    public List<String> groundsUsed() {
        return inventory.stream().flatMap(i -> i.grounds().stream()).distinct().toList();
    }
}
