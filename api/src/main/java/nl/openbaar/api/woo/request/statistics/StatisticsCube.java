package nl.openbaar.api.woo.request.statistics;

import java.util.List;
import java.util.Map;
import nl.openbaar.api.woo.request.decision.DecisionOutcome;
import nl.openbaar.api.woo.request.decision.RefusalGrounds;
import nl.openbaar.api.woo.request.rdf.WooIris;
import nl.openbaar.api.woo.request.rdf.WooTerms;
import nl.openbaar.vocab.OB;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The annual figures as W3C Data Cube: four data sets, one per structure of {@code cubes.ttl}: counts per year,
 * performance per year (only years with decisions: its measures are undefined otherwise), decisions per year and
 * outcome, and documents per year and refusal ground.
 */
public final class StatisticsCube {
    private static final String QB = "http://purl.org/linked-data/cube#";

    private final WooIris iris;
    private final RefusalGrounds grounds;

    public StatisticsCube(WooIris iris, RefusalGrounds grounds) {
        this.iris = iris;
        this.grounds = grounds;
    }

    public Model build(List<YearFigures> years) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("qb", QB);
        m.setNsPrefix("ob", OB.NS);
        Resource counts = dataset(m, "counts", WooTerms.WooRequestCountsStructure, "Woo-verzoeken per jaar: ontvangen, afgehandeld, open", "Woo requests per year: received, decided, open");
        Resource performance = dataset(m, "performance", WooTerms.WooRequestPerformanceStructure, "Tijdigheid en doorlooptijd van Woo-besluiten per jaar", "Timeliness and duration of Woo decisions per year");
        Resource outcomes = dataset(m, "outcomes", WooTerms.WooOutcomeStructure, "Woo-besluiten per jaar en uitkomst", "Woo decisions per year and outcome");
        Resource groundsUsed = dataset(m, "grounds", WooTerms.WooGroundStructure, "Documenten per jaar en weigeringsgrond", "Documents per year and refusal ground");
        for (YearFigures y : years) {
            Literal year = m.createTypedLiteral(String.valueOf(y.year()), XSDDatatype.XSDgYear);
            observation(m, counts, "counts", String.valueOf(y.year()), year)
                    .addLiteral(WooTerms.requestsReceived, integer(m, y.received()))
                    .addLiteral(WooTerms.requestsDecided, integer(m, y.decided()))
                    .addLiteral(WooTerms.requestsOpenAtYearEnd, integer(m, y.openAtYearEnd()));
            if (y.decided() > 0) {
                observation(m, performance, "performance", String.valueOf(y.year()), year)
                        .addLiteral(WooTerms.pctDecidedWithinFourWeeks, decimal(m, y.pctDecidedWithinFourWeeks()))
                        .addLiteral(WooTerms.pctDecidedInTime, decimal(m, y.pctDecidedInTime()))
                        .addLiteral(WooTerms.meanDaysNetOfSuspensions, decimal(m, y.meanDaysNetOfSuspensions()))
                        .addLiteral(WooTerms.medianDaysNetOfSuspensions, decimal(m, y.medianDaysNetOfSuspensions()));
            }
            for (Map.Entry<String, Integer> e : y.outcomes().entrySet()) {
                observation(m, outcomes, "outcomes", y.year() + "/" + e.getKey(), year)
                        .addProperty(WooTerms.decisionOutcome, WooTerms.concept(DecisionOutcome.ofCode(e.getKey()).orElseThrow()))
                        .addLiteral(WooTerms.decisionCount, integer(m, e.getValue()));
            }
            for (Map.Entry<String, Integer> e : y.groundsUsed().entrySet()) {
                grounds.named(e.getKey()).ifPresent(g -> observation(m, groundsUsed, "grounds", y.year() + "/" + g.code(), year)
                        .addProperty(WooTerms.refusalGround, WooTerms.concept(g))
                        .addLiteral(WooTerms.documentCount, integer(m, e.getValue())));
            }
        }
        return m;
    }

    private Resource dataset(Model m, String cube, Resource structure, String titleNl, String titleEn) {
        return m.createResource(iris.statisticsDataset(cube))
                .addProperty(RDF.type, m.createResource(QB + "DataSet"))
                .addProperty(m.createProperty(QB, "structure"), structure)
                .addProperty(DCTerms.title, titleNl, "nl")
                .addProperty(DCTerms.title, titleEn, "en")
                .addProperty(RDFS.label, titleNl, "nl")
                .addProperty(RDFS.label, titleEn, "en");
    }

    private Resource observation(Model m, Resource dataset, String cube, String key, Literal year) {
        return m.createResource(iris.observation(cube, key))
                .addProperty(RDF.type, m.createResource(QB + "Observation"))
                .addProperty(m.createProperty(QB, "dataSet"), dataset)
                .addLiteral(OB.year, year);
    }

    private static Literal integer(Model m, int value) {
        return m.createTypedLiteral(String.valueOf(value), XSDDatatype.XSDinteger);
    }

    private static Literal decimal(Model m, Double value) {
        return m.createTypedLiteral(new java.math.BigDecimal(String.valueOf(value)).toPlainString(), XSDDatatype.XSDdecimal);
    }
}
