package nl.openbaar.harvester.figures;

import nl.openbaar.vocab.OB;
import org.apache.jena.rdf.model.Resource;

/** The phase of a budget figure. */
public enum BudgetPhase {
    /** primitieve begroting */
    OriginalBudget(OB.OriginalBudget),
    /** begroting na wijziging */
    AmendedBudget(OB.AmendedBudget),
    /** realisatie, rekening */
    Actual(OB.Actual);

    private final Resource term;

    BudgetPhase(Resource term) {
        this.term = term;
    }

    public Resource term() {
        return term;
    }
}
