package nl.openbaar.api.woo.request;

import java.util.Arrays;
import java.util.Optional;

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

    /** The value of an enumerated vocabulary with this code, if there is one. */
    static <E extends Enum<E> & Code> Optional<E> of(Class<E> vocabulary, String code) {
        return Arrays.stream(vocabulary.getEnumConstants()).filter(value -> value.code().equals(code)).findFirst();
    }
}
