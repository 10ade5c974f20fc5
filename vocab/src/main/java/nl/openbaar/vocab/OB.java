package nl.openbaar.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The Openbaar ontology ({@code ob:}); its terms are documented in {@code openbaar.ttl} beside this class. */
public final class OB {
    public static final String NS = "https://w3id.org/openbaar/def#";
    public static final String ONTOLOGY_RESOURCE = "/nl/openbaar/vocab/openbaar.ttl";

    // classes
    public static final Resource BudgetFigure = resource("BudgetFigure");
    public static final Resource IndicatorValue = resource("IndicatorValue");
    public static final Resource Indicator = resource("Indicator");
    public static final Resource SourceDocument = resource("SourceDocument");
    public static final Resource Section = resource("Section");
    public static final Resource Table = resource("Table");
    public static final Resource Publication = resource("Publication");
    public static final Resource WooRequest = resource("WooRequest");
    public static final Resource WooDecision = resource("WooDecision");
    public static final Resource InventoryItem = resource("InventoryItem");

    // budget phases
    public static final Resource OriginalBudget = resource("OriginalBudget");
    public static final Resource AmendedBudget = resource("AmendedBudget");
    public static final Resource Actual = resource("Actual");
    // flows
    public static final Resource Expenditure = resource("Expenditure");
    public static final Resource Revenue = resource("Revenue");
    public static final Resource Balance = resource("Balance");
    // indicator value kinds and bounds
    public static final Resource Target = resource("Target");
    public static final Resource Realised = resource("Realised");
    public static final Resource AtMost = resource("AtMost");
    public static final Resource AtLeast = resource("AtLeast");
    // report kinds
    public static final Resource AnnualAccounts = resource("AnnualAccounts");
    public static final Resource Budget = resource("Budget");
    public static final Resource AnnualReport = resource("AnnualReport");

    // properties
    public static final Property municipality = property("municipality");
    public static final Property fiscalYear = property("fiscalYear");
    public static final Property year = property("year");
    public static final Property programme = property("programme");
    public static final Property line = property("line");
    public static final Property phase = property("phase");
    public static final Property flow = property("flow");
    public static final Property amount = property("amount");
    public static final Property printedValue = property("printedValue");
    public static final Property printedScale = property("printedScale");
    public static final Property multiplier = property("multiplier");
    public static final Property scaleInferred = property("scaleInferred");
    public static final Property sourceLocator = property("sourceLocator");
    public static final Property rowLabel = property("rowLabel");
    public static final Property rowNumber = property("rowNumber");
    public static final Property columnLabel = property("columnLabel");
    public static final Property indicator = property("indicator");
    public static final Property valueKind = property("valueKind");
    public static final Property value = property("value");
    public static final Property bound = property("bound");
    public static final Property targetMet = property("targetMet");
    public static final Property explanation = property("explanation");
    public static final Property unit = property("unit");
    public static final Property reportKind = property("reportKind");
    public static final Property sha256 = property("sha256");
    public static final Property sourceUrl = property("sourceUrl");
    public static final Property etag = property("etag");
    public static final Property lastModified = property("lastModified");
    public static final Property text = property("text");
    public static final Property position = property("position");
    public static final Property part = property("part");
    public static final Property table = property("table");
    public static final Property document = property("document");
    public static final Property taakveld = property("taakveld");

    // the Woo register: publications (DiWoo field for field)
    public static final Resource PublicationStatus = resource("PublicationStatus");
    public static final Resource PublicationStatusScheme = resource("PublicationStatusScheme");
    public static final Resource Published = resource("Published");
    public static final Resource Withdrawn = resource("Withdrawn");
    public static final Property informationCategory = property("informationCategory");
    public static final Property documentKind = property("documentKind");
    public static final Property responsibleOrganisation = property("responsibleOrganisation");
    public static final Property publicationStatus = property("publicationStatus");
    public static final Property withdrawalReason = property("withdrawalReason");
    public static final Property withdrawnOn = property("withdrawnOn");
    public static final Property registeredOn = property("registeredOn");
    public static final Property file = property("file");
    public static final Property fileName = property("fileName");
    public static final Property version = property("version");

    private OB() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
