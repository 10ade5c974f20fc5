package nl.openbaar.api.woo.request;

import java.util.Optional;
import nl.openbaar.api.staff.StaffMember;
import nl.openbaar.api.woo.request.decision.Decision;

/**
 * The seam to the publication register: a decision and its disclosed documents become a publication in the
 * information category "Woo-verzoeken en -besluiten" (TOOI c_3baef532). See {@link DecisionPublications}.
 */
@FunctionalInterface
public interface DecisionPublisher {
    /** Makes the publication of {@code decision}, by {@code who} for {@code organisation}; returns its id when one was made. */
    Optional<String> publish(StaffMember who, PublicWooRequest request, Decision decision, String organisation);

    /** Whether the public may see the publication (published, or withdrawn with its reason), so the request may link it. */
    default boolean isPublic(String publicationId) {
        return false;
    }

    /** No publication register: the decision stays in the request register only. */
    DecisionPublisher NONE = (who, request, decision, organisation) -> Optional.empty();
}
