package nl.openbaar.harvester.privacy;

/** The kinds of personal data the gate looks for before a document may be published. */
public enum FindingKind {
    /** burgerservicenummer: may never be published (Woo 5.1.1e); only a redacted version resolves it */
    BSN("burgerservicenummer"),
    IBAN("IBAN-rekeningnummer"),
    EMAIL("e-mailadres"),
    PHONE("telefoonnummer");

    private final String label;

    FindingKind(String label) {
        this.label = label;
    }

    /** The Dutch name shown to staff. */
    public String label() {
        return label;
    }
}
