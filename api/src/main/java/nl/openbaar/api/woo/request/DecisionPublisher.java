package nl.openbaar.api.woo.request;

import java.util.Optional;
import nl.openbaar.api.woo.request.decision.Decision;

/**
 * The seam to the publication register: a decision and its disclosed documents become a publication in the
 * information category "Woo-verzoeken en -besluiten" (TOOI c_3baef532). Returns the publication's id when one was
 * made.
 */
@FunctionalInterface
public interface DecisionPublisher {
    Optional<String> publish(PublicWooRequest request, Decision decision);

    /** No publication register: the decision stays in the request register only. */
    DecisionPublisher NONE = (request, decision) -> Optional.empty();
}
