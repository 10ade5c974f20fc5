package nl.openbaar.api.woo.request.rdf;

import java.time.LocalDate;
import java.util.List;
import nl.openbaar.api.woo.request.Channel;
import nl.openbaar.api.woo.request.PublicWooRequest;
import nl.openbaar.api.woo.request.RequestStatus;
import nl.openbaar.api.woo.request.decision.Decision;
import nl.openbaar.api.woo.request.decision.DecisionOutcome;
import nl.openbaar.api.woo.request.decision.InventoryItem;
import nl.openbaar.api.woo.request.decision.RefusalGrounds;
import nl.openbaar.vocab.OB;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The public named graph of one request: the ob:WooRequest with its dates, status and terms, its ob:WooDecision and
 * the ob:InventoryItems. Made only from {@link PublicWooRequest} and the (public) decision, never from the private
 * record.
 */
public final class RequestGraph {
    private final WooIris iris;
    private final RefusalGrounds grounds;

    public RequestGraph(WooIris iris, RefusalGrounds grounds) {
        this.iris = iris;
        this.grounds = grounds;
    }

    public Model build(PublicWooRequest r, Decision decision) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("ob", OB.NS);
        m.setNsPrefix("dct", DCTerms.NS);
        Resource request = m.createResource(iris.request(r.id()), OB.WooRequest)
                .addProperty(DCTerms.identifier, r.id())
                .addProperty(DCTerms.title, r.subject(), "nl")
                .addProperty(RDFS.label, "Woo-verzoek " + r.id() + ": " + r.subject(), "nl")
                .addProperty(WooTerms.requestStatus, WooTerms.concept(RequestStatus.ofCode(r.status()).orElseThrow()))
                .addProperty(WooTerms.requestChannel, WooTerms.concept(Channel.ofCode(r.channel()).orElseThrow()))
                .addLiteral(WooTerms.suspendedDays, m.createTypedLiteral(String.valueOf(r.suspendedDays()), XSDDatatype.XSDinteger))
                .addProperty(WooTerms.deadlineRules, r.deadlineRules());
        date(request, WooTerms.receivedOn, r.receivedOn());
        date(request, WooTerms.firstTermEnd, r.firstTermEnd());
        date(request, WooTerms.decisionDeadline, r.deadline());
        if (r.deadline() != null) {
            request.addLiteral(WooTerms.deadlineProvisional, r.deadlineProvisional());
        }
        date(request, WooTerms.extensionAnnouncedOn, r.extensionAnnouncedOn());
        if (r.extensionDays() != null) {
            request.addProperty(WooTerms.extensionDays, m.createTypedLiteral(String.valueOf(r.extensionDays()), XSDDatatype.XSDinteger));
        }
        date(request, WooTerms.decidedOn, r.decidedOn());
        date(request, WooTerms.requestWithdrawnOn, r.withdrawnOn());
        date(request, WooTerms.forwardedOn, r.forwardedOn());
        if (r.decidedOn() != null) {
            request.addLiteral(WooTerms.decidedWithinFirstTerm, r.decidedWithinFirstTerm().booleanValue())
                    .addLiteral(WooTerms.decidedInTime, r.decidedInTime().booleanValue())
                    .addProperty(WooTerms.daysNetOfSuspensions, m.createTypedLiteral(String.valueOf(r.daysNetOfSuspensions()), XSDDatatype.XSDinteger));
        }
        if (decision != null) {
            Resource d = m.createResource(iris.decision(r.id()), OB.WooDecision)
                    .addProperty(RDFS.label, "Besluit op Woo-verzoek " + r.id(), "nl")
                    .addProperty(WooTerms.decisionOutcome, WooTerms.concept(decision.outcome()));
            date(d, DCTerms.date, decision.decidedOn());
            request.addProperty(WooTerms.decision, d);
            if (r.publicationId() != null) {
                d.addProperty(DCTerms.relation, m.createResource(iris.publication(r.publicationId())));
            }
            grounds(d, decision.groundsUsed());
            List<InventoryItem> items = decision.inventory();
            for (int i = 0; i < items.size(); i++) {
                InventoryItem item = items.get(i);
                Resource row = m.createResource(iris.inventoryItem(r.id(), i + 1), OB.InventoryItem)
                        .addProperty(WooTerms.documentNumber, item.number())
                        .addProperty(WooTerms.judgement, WooTerms.concept(item.judgement()))
                        .addProperty(DCTerms.isPartOf, d);
                if (item.title() != null) {
                    row.addProperty(DCTerms.title, item.title());
                }
                date(row, DCTerms.date, item.date());
                if (item.explanation() != null && !item.explanation().isBlank()) {
                    row.addProperty(DCTerms.description, item.explanation(), "nl");
                }
                if (item.link() != null && !item.link().isBlank()) {
                    row.addProperty(FOAF.page, m.createResource(item.link()));
                }
                grounds(row, item.grounds());
                d.addProperty(WooTerms.inventoryItem, row);
            }
        }
        return m;
    }

    /** The outcome concept for a code (used by the statistics cube too). */
    public static Resource outcome(String code) {
        return WooTerms.concept(DecisionOutcome.ofCode(code).orElseThrow());
    }

    private void grounds(Resource subject, List<String> codes) {
        for (String code : codes) {
            grounds.named(code).ifPresent(g -> subject.addProperty(WooTerms.refusalGround, WooTerms.concept(g)));
        }
    }

    private static void date(Resource subject, Property property, LocalDate date) {
        if (date != null) {
            subject.addProperty(property, subject.getModel().createTypedLiteral(date.toString(), XSDDatatype.XSDdate));
        }
    }
}
