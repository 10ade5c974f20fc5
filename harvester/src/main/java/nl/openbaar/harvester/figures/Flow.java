package nl.openbaar.harvester.figures;

import nl.openbaar.vocab.OB;
import org.apache.jena.rdf.model.Resource;

/** Lasten, baten or saldo. */
public enum Flow {
    Expenditure(OB.Expenditure),
    Revenue(OB.Revenue),
    /** revenue − expenditure */
    Balance(OB.Balance);

    private final Resource term;

    Flow(Resource term) {
        this.term = term;
    }

    public Resource term() {
        return term;
    }
}
