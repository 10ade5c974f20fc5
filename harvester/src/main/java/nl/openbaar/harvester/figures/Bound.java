package nl.openbaar.harvester.figures;

import nl.openbaar.vocab.OB;
import org.apache.jena.rdf.model.Resource;

/** The bound of a target such as "Maximaal 5 min". */
public enum Bound {
    AtMost(OB.AtMost),
    AtLeast(OB.AtLeast);

    private final Resource term;

    Bound(Resource term) {
        this.term = term;
    }

    public Resource term() {
        return term;
    }
}
