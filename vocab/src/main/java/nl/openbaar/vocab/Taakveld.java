package nl.openbaar.vocab;

/** An Iv3 taakveld: its code ({@code 0.2}), name ({@code Burgerzaken}) and concept IRI. */
public record Taakveld(String code, String name, String iri) {
}
