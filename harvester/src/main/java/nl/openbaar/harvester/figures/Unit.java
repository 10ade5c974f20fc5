package nl.openbaar.harvester.figures;

import java.util.Optional;

/** Units of indicator values, as QUDT unit IRIs. */
public enum Unit {
    PERCENT("http://qudt.org/vocab/unit/PERCENT"),
    MINUTE("http://qudt.org/vocab/unit/MIN"),
    HOUR("http://qudt.org/vocab/unit/HR"),
    DAY("http://qudt.org/vocab/unit/DAY"),
    EURO("http://qudt.org/vocab/unit/EUR"),
    COUNT("http://qudt.org/vocab/unit/NUM");

    private final String iri;

    Unit(String iri) {
        this.iri = iri;
    }

    public String iri() {
        return iri;
    }

    /** The unit a header or label names: "(%)", "in cijfers", "in minuten". */
    public static Optional<Unit> namedIn(String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        if (t.contains("%") || t.contains("procent") || t.contains("percentage")) {
            return Optional.of(PERCENT);
        }
        if (t.matches(".*\\b(cijfers|aantal|aantallen)\\b.*")) {
            return Optional.of(COUNT);
        }
        if (t.matches(".*\\b(minuten|min\\.?)\\s*\\)?$")) {
            return Optional.of(MINUTE);
        }
        return Optional.empty();
    }
}
