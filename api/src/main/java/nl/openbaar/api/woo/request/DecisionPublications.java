package nl.openbaar.api.woo.request;

import java.util.List;
import java.util.Optional;
import nl.openbaar.api.staff.StaffMember;
import nl.openbaar.api.woo.publication.Draft;
import nl.openbaar.api.woo.publication.MetadataInput;
import nl.openbaar.api.woo.publication.PublicationService;
import nl.openbaar.api.woo.request.decision.Decision;

/**
 * A decision on a Woo request becomes a concept publication in category "Woo-verzoeken en -besluiten", with the
 * decision's metadata: the subject as title, the deciding organisation, the decision date, the document kind
 * "beslissing op Wob-/Woo-verzoek" and the request's number. The officer uploads the decision letter and the disclosed
 * documents to it; they pass the personal-data gate and are published as any publication. The public request links
 * the publication once it is public (published, or withdrawn with its reason), never while it is a concept.
 */
public final class DecisionPublications implements DecisionPublisher {
    static final String CATEGORY = "c_3baef532"; // TOOI: Woo-verzoeken en -besluiten
    static final String DECISION_KIND = "https://identifier.overheid.nl/tooi/def/thes/kern/c_4f50ca9c"; // beslissing op Wob-/Woo-verzoek
    private static final int MAX_TITLE = 1000;

    private final PublicationService publications;

    public DecisionPublications(PublicationService publications) {
        this.publications = publications;
    }

    /** Decisions of {@code requests} become publications of {@code publications}; a request's public record follows its publication. */
    public static void connect(WooRequestService requests, PublicationService publications) {
        requests.publishDecisionsWith(new DecisionPublications(publications));
        publications.whenPublicChanges(draft -> {
            if (draft.wooRequest != null) {
                requests.refreshPublic(draft.wooRequest);
            }
        });
        requests.publishAll();
    }

    @Override
    public Optional<String> publish(StaffMember who, PublicWooRequest request, Decision decision, String organisation) {
        String title = "Besluit op Woo-verzoek " + request.id() + ": " + request.subject();
        if (title.length() > MAX_TITLE) {
            title = title.substring(0, MAX_TITLE - 1) + "…";
        }
        String description = "Besluit van " + decision.decidedOn() + " op het Woo-verzoek " + request.id() + " (ontvangen "
                + request.receivedOn() + "): " + decision.outcome().labelNl() + ". Met het besluit de openbaar gemaakte documenten; "
                + "de inventarislijst staat bij het verzoek.";
        MetadataInput metadata = new MetadataInput(title, description, List.of(CATEGORY), organisation, organisation,
                decision.decidedOn().toString(), DECISION_KIND, null, null, List.of(request.id()));
        return Optional.of(publications.create(who, metadata, request.id()).id);
    }

    @Override
    public boolean isPublic(String publicationId) {
        return publications.repositoryFind(publicationId).map(d -> !Draft.CONCEPT.equals(d.status)).orElse(false);
    }
}
