package nl.openbaar.vocab;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The Data Cube structures of {@code cubes.ttl}. */
public final class Cubes {
    public static final Resource BUDGET_STRUCTURE = ResourceFactory.createResource(OB.NS + "BudgetStructure");
    public static final Resource INDICATOR_STRUCTURE = ResourceFactory.createResource(OB.NS + "IndicatorStructure");

    private Cubes() {
    }
}
