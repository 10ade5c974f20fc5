package nl.openbaar.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TaakveldenTest {
    private final Taakvelden taakvelden = Taakvelden.official();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0.2 Burgerzaken|0.2",
            "Burgerzaken (0.2)|0.2",
            "Burgerzaken|0.2",
            "burgerzaken|0.2",
            "0-2_ Burgerzaken|0.2",
            "0.10 Mutaties reserves|0.10",
            "6.1 Samenkracht en burgerparticipatie|6.1"})
    void findsTheTaakveldALineNames(String label, String code) {
        assertEquals(Optional.of(code), taakvelden.named(label).map(Taakveld::code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Basisregistratie vastgoed", "Voorlichting", "0.2 Verkeer en vervoer", "Continueren klanttevredenheid (6.1)"})
    void findsNoTaakveldWhereTheLineNamesNoneOrTheNameContradictsTheCode(String label) {
        assertEquals(Optional.empty(), taakvelden.named(label));
    }

    @Test
    void theListIsAConceptSchemeWithCodesAsNotations() {
        Model skos = taakvelden.asSkos();
        assertEquals(69, taakvelden.all().size());
        assertTrue(skos.contains(skos.createResource(Taakvelden.NS + "0.2"), SKOS.notation, "0.2"));
        assertTrue(skos.contains(skos.createResource(Taakvelden.NS + "0.2"), SKOS.prefLabel, skos.createLiteral("Burgerzaken", "nl")));
    }

    @Test
    void municipalitiesAreConceptsWithTheirCbsCode() {
        Model skos = Municipalities.official().asSkos();
        var hilversum = skos.createResource("https://identifier.overheid.nl/tooi/id/gemeente/gm0402");
        assertTrue(skos.contains(hilversum, SKOS.notation, "GM0402"));
        assertTrue(skos.contains(hilversum, SKOS.prefLabel, skos.createLiteral("Hilversum", "nl")));
    }
}
