package nl.openbaar.api.woo.request.rdf;

import nl.openbaar.vocab.OB;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The {@code ob:} terms of the Woo request register, defined in the vocabulary ({@code openbaar.ttl}, section "Woo
 * requests") and in {@code cubes.ttl}. Kept beside the code that uses them; {@code WooTermsTest} checks each one is
 * defined there with Dutch and English labels.
 */
public final class WooTerms {
    // a request
    public static final Property receivedOn = p("receivedOn");
    public static final Property requestStatus = p("requestStatus");
    public static final Property requestChannel = p("requestChannel");
    public static final Property firstTermEnd = p("firstTermEnd");
    public static final Property decisionDeadline = p("decisionDeadline");
    public static final Property deadlineProvisional = p("deadlineProvisional");
    public static final Property extensionAnnouncedOn = p("extensionAnnouncedOn");
    public static final Property extensionDays = p("extensionDays");
    public static final Property suspendedDays = p("suspendedDays");
    public static final Property decidedOn = p("decidedOn");
    public static final Property requestWithdrawnOn = p("requestWithdrawnOn");
    public static final Property forwardedOn = p("forwardedOn");
    public static final Property decidedWithinFirstTerm = p("decidedWithinFirstTerm");
    public static final Property decidedInTime = p("decidedInTime");
    public static final Property daysNetOfSuspensions = p("daysNetOfSuspensions");
    public static final Property deadlineRules = p("deadlineRules");
    public static final Property decision = p("decision");
    // a decision and its inventory
    public static final Property decisionOutcome = p("decisionOutcome");
    public static final Property inventoryItem = p("inventoryItem");
    public static final Property documentNumber = p("documentNumber");
    public static final Property judgement = p("judgement");
    public static final Property refusalGround = p("refusalGround");
    public static final Property legalBasis = p("legalBasis");
    // annual figures
    public static final Property requestsReceived = p("requestsReceived");
    public static final Property requestsDecided = p("requestsDecided");
    public static final Property requestsOpenAtYearEnd = p("requestsOpenAtYearEnd");
    public static final Property pctDecidedWithinFourWeeks = p("pctDecidedWithinFourWeeks");
    public static final Property pctDecidedInTime = p("pctDecidedInTime");
    public static final Property meanDaysNetOfSuspensions = p("meanDaysNetOfSuspensions");
    public static final Property medianDaysNetOfSuspensions = p("medianDaysNetOfSuspensions");
    public static final Property decisionCount = p("decisionCount");
    public static final Property documentCount = p("documentCount");

    // concept schemes
    public static final Resource WooRequestStatusScheme = r("WooRequestStatusScheme");
    public static final Resource WooChannelScheme = r("WooChannelScheme");
    public static final Resource WooDecisionOutcomeScheme = r("WooDecisionOutcomeScheme");
    public static final Resource WooJudgementScheme = r("WooJudgementScheme");
    public static final Resource WooRefusalGroundScheme = r("WooRefusalGroundScheme");
    // cube structures
    public static final Resource WooRequestCountsStructure = r("WooRequestCountsStructure");
    public static final Resource WooRequestPerformanceStructure = r("WooRequestPerformanceStructure");
    public static final Resource WooOutcomeStructure = r("WooOutcomeStructure");
    public static final Resource WooGroundStructure = r("WooGroundStructure");

    private WooTerms() {
    }

    /** The concept of a code value, e.g. {@code ob:woo-status-ontvangen}. */
    public static Resource concept(nl.openbaar.api.woo.request.Code code) {
        return ResourceFactory.createResource(OB.NS + code.conceptName());
    }

    private static Property p(String name) {
        return ResourceFactory.createProperty(OB.NS, name);
    }

    private static Resource r(String name) {
        return ResourceFactory.createResource(OB.NS + name);
    }
}
