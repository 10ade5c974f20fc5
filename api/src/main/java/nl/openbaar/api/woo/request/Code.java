package nl.openbaar.api.woo.request;

/**
 * A value of one of the register's controlled vocabularies: a stable code for the API and CSV, labels in Dutch and
 * English, and a SKOS concept in the store (see {@link WooCodes}).
 */
public interface Code {
    String code();

    String labelNl();

    String labelEn();

    /** The local name of the concept IRI, unique over all vocabularies, e.g. {@code woo-status-ontvangen}. */
    String conceptName();
}
