package nl.openbaar.api.rest.budget;

import nl.openbaar.api.rest.model.Flow;
import nl.openbaar.api.rest.model.Phase;
import nl.openbaar.vocab.Municipality;

/**
 * Which budget figures to list; a null field does not filter. Programme and line match the label as printed, ignoring
 * case; taakveld is an Iv3 code such as {@code 0.2}; document is a document (source) id.
 */
public record BudgetFigureFilter(Municipality municipality, Integer year, String programme, String line, String taakveld,
                                 Phase phase, Flow flow, String document) {

    public static BudgetFigureFilter all() {
        return new BudgetFigureFilter(null, null, null, null, null, null, null, null);
    }

    public BudgetFigureFilter withMunicipality(Municipality value) {
        return new BudgetFigureFilter(value, year, programme, line, taakveld, phase, flow, document);
    }

    public BudgetFigureFilter withYear(Integer value) {
        return new BudgetFigureFilter(municipality, value, programme, line, taakveld, phase, flow, document);
    }
}
