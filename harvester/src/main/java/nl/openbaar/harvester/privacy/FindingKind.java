package nl.openbaar.harvester.privacy;

/** The kinds of personal data the gate looks for before a document may be published. */
public enum FindingKind {
    /** burgerservicenummer: may never be published (Woo 5.1.1e); only a redacted version resolves it */
    BSN("burgerservicenummer"),
    IBAN("IBAN-rekeningnummer"),
    EMAIL("e-mailadres"),
    PHONE("telefoonnummer"),
    /**
     * a page with no text at all, such as a scan without a text layer: nothing on it could be checked, so a person
     * must look at it (and resolve the finding with what they saw) or upload a version with text
     */
    UNREADABLE_PAGE("pagina zonder tekst (niet automatisch te controleren)");

    private final String label;

    FindingKind(String label) {
        this.label = label;
    }

    /** The Dutch name shown to staff. */
    public String label() {
        return label;
    }
}
