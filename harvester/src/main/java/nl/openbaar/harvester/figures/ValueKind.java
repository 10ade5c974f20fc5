package nl.openbaar.harvester.figures;

import nl.openbaar.vocab.OB;
import org.apache.jena.rdf.model.Resource;

/** Whether an indicator value is a target or a realisation. */
public enum ValueKind {
    Target(OB.Target),
    Realised(OB.Realised);

    private final Resource term;

    ValueKind(Resource term) {
        this.term = term;
    }

    public Resource term() {
        return term;
    }
}
