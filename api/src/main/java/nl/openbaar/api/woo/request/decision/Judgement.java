package nl.openbaar.api.woo.request.decision;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import nl.openbaar.api.woo.request.Code;

/**
 * The judgement on one document of a Woo decision. Anything that is not one of the four known judgements counts as
 * not public: a fail-safe default (open.minvws.nl does the same), so a typo can never disclose a document.
 */
public enum Judgement implements Code {
    OPENBAAR("openbaar", "openbaar", "public", true),
    DEELS_OPENBAAR("deels openbaar", "deels openbaar", "partly public", true),
    NIET_OPENBAAR("niet openbaar", "niet openbaar", "not public", false),
    REEDS_OPENBAAR("reeds openbaar", "reeds openbaar", "already public", true);

    private final String code;
    private final String nl;
    private final String en;
    private final boolean disclosed;

    Judgement(String code, String nl, String en, boolean disclosed) {
        this.code = code;
        this.nl = nl;
        this.en = en;
        this.disclosed = disclosed;
    }

    @Override public String code() { return code; }
    @Override public String labelNl() { return nl; }
    @Override public String labelEn() { return en; }
    @Override public String conceptName() { return "woo-judgement-" + code.replace(' ', '-'); }

    /** True when (part of) the document is public after the decision. */
    public boolean disclosed() {
        return disclosed;
    }

    /** True when the judgement withholds something, so it needs a refusal ground. */
    public boolean withholds() {
        return this == DEELS_OPENBAAR || this == NIET_OPENBAAR;
    }

    /** The judgement a text names ("Deels openbaar", "deels_openbaar", "deels-openbaar"), or empty when it names none. */
    public static Optional<Judgement> named(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normal = text.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
        return Arrays.stream(values()).filter(j -> j.code.equals(normal)).findFirst();
    }

    /** The judgement a text names; anything else counts as {@link #NIET_OPENBAAR}. */
    public static Judgement parse(String text) {
        return named(text).orElse(NIET_OPENBAAR);
    }
}
