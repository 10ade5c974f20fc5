package nl.openbaar.harvester.rdf;

import java.math.BigDecimal;
import java.util.Optional;
import nl.openbaar.harvester.figures.BudgetFigure;
import nl.openbaar.harvester.figures.IndicatorValue;
import nl.openbaar.harvester.figures.TableReading;
import nl.openbaar.harvester.report.ParsedReport;
import nl.openbaar.harvester.report.Section;
import nl.openbaar.harvester.source.Source;
import nl.openbaar.vocab.Cubes;
import nl.openbaar.vocab.Iris;
import nl.openbaar.vocab.Municipality;
import nl.openbaar.vocab.OB;
import nl.openbaar.vocab.Taakvelden;
import nl.openbaar.vocab.Vocabularies;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** Maps what was read from one source to the RDF of its named graph, in the vocabulary of DESIGN.md. No blank nodes. */
public final class ReportGraph {
    private final Iris iris;

    public ReportGraph(Iris iris) {
        this.iris = iris;
    }

    public Model build(Source source, String sha256, String mediaType, ParsedReport report) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("ob", OB.NS);
        Municipality gm = source.municipality();
        Resource municipality = m.createResource(gm.iri())
                .addProperty(SKOS.notation, gm.code())
                .addProperty(SKOS.prefLabel, gm.name(), "nl");
        Resource document = m.createResource(iris.document(source.id()))
                .addProperty(RDF.type, OB.SourceDocument)
                .addProperty(RDF.type, FOAF.Document)
                .addProperty(DCTerms.title, source.title(), "nl")
                .addProperty(DCTerms.publisher, municipality)
                .addProperty(OB.reportKind, source.kind().term())
                .addProperty(OB.fiscalYear, year(m, source.fiscalYear()))
                .addProperty(OB.sha256, sha256)
                .addProperty(OB.municipality, municipality);
        if (mediaType != null) {
            document.addProperty(DCTerms.format, mediaType);
        }
        source.url().ifPresent(url -> document.addProperty(OB.sourceUrl, m.createTypedLiteral(url.toString(), XSDDatatype.XSDanyURI)));
        source.published().ifPresent(date -> document.addProperty(DCTerms.issued, m.createTypedLiteral(date.toString(), XSDDatatype.XSDdate)));
        source.part().ifPresent(part -> document.addProperty(OB.part, part));
        Resource programme = concept(m, iris.programme(gm, source.programme()), source.programme(), iris.programmeScheme(gm));
        document.addProperty(OB.programme, programme);

        for (Section section : report.sections()) {
            m.createResource(iris.section(source.id(), section.position()))
                    .addProperty(RDF.type, OB.Section)
                    .addProperty(DCTerms.isPartOf, document)
                    .addProperty(DCTerms.title, section.title().isEmpty() ? source.title() : section.title(), "nl")
                    .addProperty(OB.text, section.text(), "nl")
                    .addLiteral(OB.position, m.createTypedLiteral(section.position(), XSDDatatype.XSDinteger))
                    .addProperty(OB.sourceLocator, "line " + section.firstLine());
        }
        Resource budgetDataset = cube(m, iris.budgetDataset(source.id()), Cubes.BUDGET_STRUCTURE, document);
        Resource indicatorDataset = cube(m, iris.indicatorDataset(source.id()), Cubes.INDICATOR_STRUCTURE, document);
        boolean anyFigure = false;
        boolean anyValue = false;
        for (TableReading reading : report.tables()) {
            Resource table = m.createResource(iris.table(source.id(), reading.table().number()))
                    .addProperty(RDF.type, OB.Table)
                    .addProperty(OB.document, document)
                    .addProperty(OB.sourceLocator, reading.table().locator());
            if (!reading.table().caption().isEmpty()) {
                table.addProperty(DCTerms.title, reading.table().caption(), "nl");
            }
            reading.table().scale().ifPresent(scale -> table.addProperty(OB.printedScale, scale));
            for (BudgetFigure f : reading.figures()) {
                anyFigure = true;
                Resource figure = observation(m, iris.budgetFigure(source.id(), f.ref().table(), f.ref().row(), f.ref().column()),
                        OB.BudgetFigure, budgetDataset, municipality, document, table, f.ref().row(), f.locator(), f.printedValue(), f.rowLabel(), f.columnLabel())
                        .addProperty(OB.fiscalYear, year(m, f.year()))
                        .addProperty(OB.programme, programme)
                        .addProperty(OB.phase, f.phase().term())
                        .addProperty(OB.flow, f.flow().term())
                        .addProperty(OB.amount, decimal(m, f.amount()))
                        .addProperty(OB.multiplier, decimal(m, f.scale().multiplier()))
                        .addLiteral(OB.scaleInferred, f.scale().inferred());
                f.scale().printed().ifPresent(p -> figure.addProperty(OB.printedScale, p));
                f.line().ifPresent(line -> {
                    Resource lineConcept = concept(m, iris.line(gm, line), line, iris.programmeScheme(gm) + "/lines");
                    figure.addProperty(OB.line, lineConcept);
                    Taakvelden.official().named(line).ifPresent(t -> {
                        lineConcept.addProperty(OB.taakveld, m.createResource(t.iri()));
                        figure.addProperty(OB.taakveld, m.createResource(t.iri()));
                    });
                });
            }
            for (IndicatorValue v : reading.values()) {
                if (v.value().isEmpty()) {
                    // text or a no-data mark: an ob:IndicatorValue is a qb:Observation, whose measure is a number
                    continue;
                }
                anyValue = true;
                Resource indicator = m.createResource(iris.indicator(gm, v.indicator()))
                        .addProperty(RDF.type, OB.Indicator)
                        .addProperty(RDFS.label, v.indicator(), "nl")
                        .addProperty(OB.programme, programme);
                v.unit().ifPresent(unit -> indicator.addProperty(OB.unit, m.createResource(unit.iri())));
                v.description().ifPresent(d -> indicator.addProperty(DCTerms.description, d, "nl"));
                Resource value = observation(m, iris.indicatorValue(source.id(), v.ref().table(), v.ref().row(), v.ref().column()),
                        OB.IndicatorValue, indicatorDataset, municipality, document, table, v.ref().row(), v.locator(), v.printedValue(),
                        reading.table().rows().get(v.ref().row()).label().text(), reading.table().headers().get(v.ref().column()).text())
                        .addProperty(OB.indicator, indicator)
                        .addProperty(OB.programme, programme)
                        .addProperty(OB.valueKind, v.valueKind().term());
                value.addProperty(OB.value, decimal(m, v.value().get()));
                v.year().ifPresent(y -> value.addProperty(OB.year, year(m, y)));
                v.bound().ifPresent(b -> value.addProperty(OB.bound, b.term()));
                v.targetMet().ifPresent(met -> value.addLiteral(OB.targetMet, met.booleanValue()));
                v.explanation().ifPresent(e -> value.addProperty(OB.explanation, e, "nl"));
            }
        }
        if (!anyFigure) {
            m.removeAll(budgetDataset, null, null);
        }
        if (!anyValue) {
            m.removeAll(indicatorDataset, null, null);
        }
        new QualityAnnotations(iris).addTo(m, source, report);
        return m;
    }

    private static Resource observation(Model m, String iri, Resource type, Resource dataset, Resource municipality,
                                        Resource document, Resource table, int row, String locator, String printed,
                                        String rowLabel, String columnLabel) {
        return m.createResource(iri)
                .addProperty(RDF.type, type)
                .addProperty(RDF.type, Vocabularies.QB_OBSERVATION)
                .addProperty(Vocabularies.QB_DATA_SET, dataset)
                .addProperty(OB.municipality, municipality)
                .addProperty(Vocabularies.PROV_WAS_DERIVED_FROM, document)
                .addProperty(OB.table, table)
                .addLiteral(OB.rowNumber, m.createTypedLiteral(String.valueOf(row + 1), XSDDatatype.XSDinteger))
                .addProperty(OB.sourceLocator, locator)
                .addProperty(OB.printedValue, printed)
                .addProperty(OB.rowLabel, rowLabel)
                .addProperty(OB.columnLabel, columnLabel);
    }

    /** A cube of observations; its DCAT description is in the catalog graph. */
    private static Resource cube(Model m, String iri, Resource structure, Resource document) {
        return m.createResource(iri)
                .addProperty(RDF.type, Vocabularies.QB_DATASET)
                .addProperty(Vocabularies.QB_STRUCTURE, structure)
                .addProperty(Vocabularies.PROV_WAS_DERIVED_FROM, document);
    }

    private static Resource concept(Model m, String iri, String label, String scheme) {
        return m.createResource(iri)
                .addProperty(RDF.type, SKOS.Concept)
                .addProperty(SKOS.prefLabel, label, "nl")
                .addProperty(SKOS.inScheme, m.createResource(scheme));
    }

    private static Literal year(Model m, int year) {
        return m.createTypedLiteral(String.valueOf(year), XSDDatatype.XSDgYear);
    }

    private static Literal decimal(Model m, BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() < 0) {
            plain = plain.setScale(0);
        }
        return m.createTypedLiteral(plain.toPlainString(), XSDDatatype.XSDdecimal);
    }

    static Optional<String> nonBlank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s);
    }
}
