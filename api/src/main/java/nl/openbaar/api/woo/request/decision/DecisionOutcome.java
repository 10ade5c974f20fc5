package nl.openbaar.api.woo.request.decision;

import java.util.Optional;
import nl.openbaar.api.woo.request.Code;

/** The decision on a Woo request as a whole: one of five outcomes (woo.md §9, as open.minvws.nl and Woogle use them). */
public enum DecisionOutcome implements Code {
    REEDS_OPENBAAR("reeds-openbaar", "reeds openbaar", "already public"),
    OPENBAARMAKING("openbaarmaking", "openbaarmaking", "disclosure"),
    GEDEELTELIJKE_OPENBAARMAKING("gedeeltelijke-openbaarmaking", "gedeeltelijke openbaarmaking", "partial disclosure"),
    GEEN_OPENBAARMAKING("geen-openbaarmaking", "geen openbaarmaking", "no disclosure"),
    GEEN_DOCUMENTEN("geen-documenten", "geen documenten aangetroffen", "no documents found");

    private final String code;
    private final String nl;
    private final String en;

    DecisionOutcome(String code, String nl, String en) {
        this.code = code;
        this.nl = nl;
        this.en = en;
    }

    @Override public String code() { return code; }
    @Override public String labelNl() { return nl; }
    @Override public String labelEn() { return en; }
    @Override public String conceptName() { return "woo-outcome-" + code; }

    public static Optional<DecisionOutcome> ofCode(String code) {
        return Code.of(DecisionOutcome.class, code);
    }
}
