package nl.openbaar.vocab;

/**
 * A municipality as the TOOI register names it.
 *
 * @param code the CBS code, e.g. {@code GM0402}
 * @param name the name without kind, e.g. {@code Hilversum}
 * @param iri the TOOI identifier, e.g. {@code https://identifier.overheid.nl/tooi/id/gemeente/gm0402}
 */
public record Municipality(String code, String name, String iri) {
}
