package nl.openbaar.api.woo.request;

/**
 * Where a request stands, derived from its dates (woo.md §7.3): ontvangen → in behandeling → (opgeschort) →
 * (verdaagd) → besluit genomen; or ingetrokken (withdrawn by the requester) or doorgezonden (forwarded to the competent
 * body, Woo art. 4.2). The last three are final.
 */
public enum RequestStatus implements Code {
    ONTVANGEN("ontvangen", "ontvangen", "received"),
    IN_BEHANDELING("in-behandeling", "in behandeling", "in progress"),
    OPGESCHORT("opgeschort", "opgeschort", "suspended"),
    VERDAAGD("verdaagd", "verdaagd", "extended"),
    BESLUIT_GENOMEN("besluit-genomen", "besluit genomen", "decided"),
    INGETROKKEN("ingetrokken", "ingetrokken", "withdrawn"),
    DOORGEZONDEN("doorgezonden", "doorgezonden", "forwarded");

    private final String code;
    private final String nl;
    private final String en;

    RequestStatus(String code, String nl, String en) {
        this.code = code;
        this.nl = nl;
        this.en = en;
    }

    @Override public String code() { return code; }
    @Override public String labelNl() { return nl; }
    @Override public String labelEn() { return en; }
    @Override public String conceptName() { return "woo-status-" + code; }

    public boolean isFinal() {
        return this == BESLUIT_GENOMEN || this == INGETROKKEN || this == DOORGEZONDEN;
    }

    public static java.util.Optional<RequestStatus> ofCode(String code) {
        return Code.of(RequestStatus.class, code);
    }
}
