package nl.openbaar.api.woo.request.deadline;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why the term for deciding on a Woo request stands still. Woo art. 4.4 lid 3 names the third-party view; it applies
 * "onverminderd artikel 4:15 Awb", so the ordinary Awb grounds stop the clock too.
 *
 * <p>Counting, from the wording of the law: the grounds that say "met ingang van de dag na die waarop ..." (Woo 4.4
 * lid 3, Awb 4:15 lid 1) suspend from the day after the notice up to, not including, the day the view, the completion
 * or the information arrives ("tot de dag waarop"): notice on day N and answer on day A suspend A − N − 1 days. The
 * grounds of Awb 4:15 lid 2 ("gedurende", "zolang") suspend from their first day up to, not including, their end: A − N
 * days. Awb 4:15 lid 1 a only suspends when the requester was given a term to complete the request (ABRvS 21 September
 * 2016, ECLI:NL:RVS:2016:2527), so that ground requires one.
 */
public enum SuspensionGround {
    ZIENSWIJZE("zienswijze", "Woo art. 4.4 lid 3 (zienswijze van een derde, Awb 4:8)", true, false),
    AANVULLING("aanvulling", "Awb art. 4:15 lid 1 onder a (uitnodiging de aanvraag aan te vullen, Awb 4:5)", true, true),
    BUITENLANDSE_INSTANTIE("buitenlandse-instantie", "Awb art. 4:15 lid 1 onder b (informatie gevraagd aan een buitenlandse instantie)", true, false),
    INSTEMMING_VERZOEKER("instemming-verzoeker", "Awb art. 4:15 lid 2 onder a (verzoeker heeft schriftelijk met uitstel ingestemd)", false, false),
    VERTRAGING_VERZOEKER("vertraging-verzoeker", "Awb art. 4:15 lid 2 onder b (vertraging toe te rekenen aan de verzoeker)", false, false),
    OVERMACHT("overmacht", "Awb art. 4:15 lid 2 onder c (overmacht)", false, false);

    private final String code;
    private final String basis;
    private final boolean fromDayAfterNotice;
    private final boolean needsResponseTerm;

    SuspensionGround(String code, String basis, boolean fromDayAfterNotice, boolean needsResponseTerm) {
        this.code = code;
        this.basis = basis;
        this.fromDayAfterNotice = fromDayAfterNotice;
        this.needsResponseTerm = needsResponseTerm;
    }

    /** The code used in the API and the data, e.g. {@code zienswijze}. */
    public String code() {
        return code;
    }

    /** The article that makes it a suspension, in words. */
    public String basis() {
        return basis;
    }

    /** True when the suspension starts the day after the notice (Woo 4.4 lid 3, Awb 4:15 lid 1). */
    public boolean fromDayAfterNotice() {
        return fromDayAfterNotice;
    }

    /** True when the requester must have been given a term to respond (Awb 4:15 lid 1 a). */
    public boolean needsResponseTerm() {
        return needsResponseTerm;
    }

    public static Optional<SuspensionGround> ofCode(String code) {
        return Arrays.stream(values()).filter(g -> g.code.equals(code)).findFirst();
    }
}
