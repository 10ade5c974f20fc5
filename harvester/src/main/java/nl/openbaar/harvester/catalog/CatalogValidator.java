package nl.openbaar.harvester.catalog;

import java.util.ArrayList;
import java.util.List;
import nl.openbaar.vocab.VocabularyGraph;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;

/**
 * Validates with the official shapes: the catalog against DCAT-AP 3.0.1 and DCAT-AP-NL 3.0 (the validation set
 * DCAT-AP-NL names), and the cubes against the Data Cube integrity constraints.
 */
public final class CatalogValidator {
    private static final String SHAPES = "/nl/openbaar/vocab/shapes/";
    /** The validation set DCAT-AP-NL 3.0 names: SEMIC's DCAT-AP 3.0.1 shapes (with their ranges) and Geonovum's. */
    private static final List<String> DCAT_SHAPES = List.of("dcat-ap-3.0.1-SHACL.ttl", "dcat-ap-3.0.1-ranges.ttl",
            "dcat-ap-nl-SHACL.ttl", "dcat-ap-nl-SHACL-klassebereik.ttl", "dcat-ap-nl-SHACL-klassebereik-codelijsten.ttl");
    private static final List<String> CUBE_SHAPES = List.of("datacube.shapes.ttl", "datacube-prefixes.ttl");

    private final List<String> notRun = new ArrayList<>();
    private final Shapes dcat = shapes(DCAT_SHAPES);
    private final Shapes cube = shapes(CUBE_SHAPES);

    /** The constraints of the official files that cannot run, with the reason. */
    public List<String> notRun() {
        return List.copyOf(notRun);
    }

    public ValidationReport validateCatalog(Model catalog) {
        return ShaclValidator.get().validate(dcat, catalog.getGraph());
    }

    /** Checks the observations with the cube structures and the ontology (which types the component properties). */
    public ValidationReport validateCubes(Model observations) {
        Model data = ModelFactory.createDefaultModel().add(observations).add(VocabularyGraph.ontology());
        return ShaclValidator.get().validate(cube, data.getGraph());
    }

    private Shapes shapes(List<String> files) {
        Model m = ModelFactory.createDefaultModel();
        files.forEach(file -> m.add(VocabularyGraph.resource(SHAPES + file)));
        withoutDanglingPropertyShapes(m);
        withoutUnparsableSparqlConstraints(m);
        Graph graph = m.getGraph();
        return Shapes.parse(graph);
    }

    /**
     * SEMIC's ranges.ttl (3.0.1) names one property shape of dcat:RelationshipShape that no file defines; Jena refuses
     * such a shapes graph. A reference to a shape that does not exist constrains nothing, so it is dropped.
     */
    /**
     * The Data Cube shapes are a rendering their authors call untested: IC-17 is not valid SPARQL. It only concerns
     * cubes with a measure dimension (qb:measureType), which Openbaar does not use. Such a constraint is not run, and
     * listed by {@link #notRun()}.
     */
    private void withoutUnparsableSparqlConstraints(Model shapes) {
        String prefixes = shapes.listStatements(null, SHACLM.declare, (RDFNode) null).toList().stream()
                .map(s -> s.getResource())
                .map(d -> "PREFIX " + d.getProperty(SHACLM.prefix).getString() + ": <" + d.getProperty(SHACLM.namespace).getString() + ">\n")
                .distinct().reduce("", String::concat);
        for (Statement constraint : shapes.listStatements(null, SHACLM.sparql, (RDFNode) null).toList()) {
            Statement select = constraint.getResource().getProperty(SHACLM.select);
            if (select == null) {
                continue;
            }
            try {
                QueryFactory.create(prefixes + select.getString());
            } catch (QueryParseException e) {
                Statement comment = constraint.getResource().getProperty(RDFS.comment);
                notRun.add((comment == null ? "a SPARQL constraint" : comment.getString()) + ": not valid SPARQL (" + e.getMessage() + ")");
                shapes.remove(constraint);
            }
        }
    }

    private static void withoutDanglingPropertyShapes(Model shapes) {
        List<Statement> dangling = shapes.listStatements(null, SHACLM.property, (RDFNode) null).toList().stream()
                .filter(s -> s.getObject().isURIResource() && !shapes.listStatements(s.getResource(), null, (RDFNode) null).hasNext())
                .toList();
        shapes.remove(dangling);
    }
}
