package nl.openbaar.harvester.rdf;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.openbaar.harvester.figures.BudgetFigure;
import nl.openbaar.harvester.figures.Scale;
import nl.openbaar.harvester.figures.CrossCheck;
import nl.openbaar.harvester.figures.TableReading;
import nl.openbaar.harvester.report.ParsedReport;
import nl.openbaar.harvester.source.Source;
import nl.openbaar.vocab.Iris;
import nl.openbaar.vocab.OB;
import nl.openbaar.vocab.Vocabularies;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * The arithmetic cross-checks of each table as W3C DQV: one {@code dqv:QualityAnnotation} per check on the
 * {@code ob:Table}, and a {@code dqv:QualityMeasurement} of {@code ob:crossChecksPassed} on the table and on the budget
 * dataset. A table that does not add up keeps its figures as printed; only the measurement says so. A table whose scale was
 * inferred has a quality annotation that gives the evidence.
 */
public final class QualityAnnotations {
    static final String DQV = Vocabularies.DQV_NS;
    static final String OA = "http://www.w3.org/ns/oa#";
    public static final Resource QUALITY_ANNOTATION = ResourceFactory.createResource(DQV + "QualityAnnotation");
    public static final Resource QUALITY_MEASUREMENT = ResourceFactory.createResource(DQV + "QualityMeasurement");
    public static final Property HAS_QUALITY_ANNOTATION = ResourceFactory.createProperty(DQV + "hasQualityAnnotation");
    public static final Property HAS_QUALITY_MEASUREMENT = ResourceFactory.createProperty(DQV + "hasQualityMeasurement");
    public static final Property IS_MEASUREMENT_OF = ResourceFactory.createProperty(DQV + "isMeasurementOf");
    public static final Property COMPUTED_ON = ResourceFactory.createProperty(DQV + "computedOn");
    public static final Property VALUE = ResourceFactory.createProperty(DQV + "value");
    public static final Resource QUALITY_ASSESSMENT = ResourceFactory.createResource(DQV + "qualityAssessment");
    public static final Property HAS_TARGET = ResourceFactory.createProperty(OA + "hasTarget");
    public static final Property BODY_VALUE = ResourceFactory.createProperty(OA + "bodyValue");
    public static final Property MOTIVATED_BY = ResourceFactory.createProperty(OA + "motivatedBy");
    public static final Resource CROSS_CHECKS_PASSED = ResourceFactory.createResource(OB.NS + "crossChecksPassed");
    public static final Property CHECK_PASSED = ResourceFactory.createProperty(OB.NS + "checkPassed");

    private final Iris iris;

    public QualityAnnotations(Iris iris) {
        this.iris = iris;
    }

    public void addTo(Model m, Source source, ParsedReport report) {
        m.setNsPrefix("dqv", DQV);
        m.setNsPrefix("oa", OA);
        boolean allPassed = true;
        boolean anyCheck = false;
        for (TableReading reading : report.tables()) {
            scaleAnnotation(m, source, reading);
            List<CrossCheck> checks = reading.checks();
            if (checks.isEmpty()) {
                continue;
            }
            String tableIri = iris.table(source.id(), reading.table().number());
            Resource table = m.createResource(tableIri);
            for (int i = 0; i < checks.size(); i++) {
                CrossCheck check = checks.get(i);
                Resource annotation = m.createResource(tableIri + "/check/" + (i + 1))
                        .addProperty(RDF.type, QUALITY_ANNOTATION)
                        .addProperty(HAS_TARGET, table)
                        .addProperty(MOTIVATED_BY, QUALITY_ASSESSMENT)
                        .addProperty(BODY_VALUE, check.description(), "en")
                        .addLiteral(CHECK_PASSED, check.passed());
                table.addProperty(HAS_QUALITY_ANNOTATION, annotation);
            }
            boolean passed = checks.stream().allMatch(CrossCheck::passed);
            measurement(m, tableIri + "/quality", table, passed);
            allPassed &= passed;
            anyCheck = true;
        }
        Resource dataset = m.createResource(iris.budgetDataset(source.id()));
        if (anyCheck && m.contains(dataset, RDF.type, Vocabularies.QB_DATASET)) {
            measurement(m, iris.budgetDataset(source.id()) + "/quality", dataset, allPassed);
        }
    }

    /**
     * A table whose scale was not printed but inferred gets an annotation that says so and why, so that a journalist can
     * weigh its figures (each figure also carries {@code ob:scaleInferred true}).
     */
    private void scaleAnnotation(Model m, Source source, TableReading reading) {
        Optional<Scale> inferred = reading.figures().stream().map(BudgetFigure::scale).filter(Scale::inferred).findFirst();
        if (inferred.isEmpty()) {
            return;
        }
        Scale scale = inferred.get();
        String tableIri = iris.table(source.id(), reading.table().number());
        Resource table = m.createResource(tableIri);
        String unit = scale.multiplier().compareTo(BigDecimal.ONE) == 0 ? "euros" : "x " + scale.multiplier().toPlainString() + " euros";
        Resource annotation = m.createResource(tableIri + "/scale")
                .addProperty(RDF.type, QUALITY_ANNOTATION)
                .addProperty(HAS_TARGET, table)
                .addProperty(MOTIVATED_BY, QUALITY_ASSESSMENT)
                .addProperty(BODY_VALUE, "No scale is printed; the figures are read as " + unit + ", inferred because "
                        + scale.evidence().orElse("of other evidence in the document"), "en");
        table.addProperty(HAS_QUALITY_ANNOTATION, annotation);
    }

    private static void measurement(Model m, String iri, Resource on, boolean passed) {
        Resource measurement = m.createResource(iri)
                .addProperty(RDF.type, QUALITY_MEASUREMENT)
                .addProperty(IS_MEASUREMENT_OF, CROSS_CHECKS_PASSED)
                .addProperty(COMPUTED_ON, on)
                .addLiteral(VALUE, passed);
        on.addProperty(HAS_QUALITY_MEASUREMENT, measurement);
    }
}
