package nl.openbaar.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MunicipalitiesTest {

    private final Municipalities official = Municipalities.official();

    @Test
    void findsHilversumByItsCbsCodeWithItsTooiIri() {
        assertEquals(Optional.of(new Municipality("GM0402", "Hilversum", "https://identifier.overheid.nl/tooi/id/gemeente/gm0402")),
                official.byCode("GM0402"));
    }

    @Test
    void readsANameThatIsAQuotedCsvFieldWithCommas() {
        assertEquals("Nuenen, Gerwen en Nederwetten", official.require("gm0820").name());
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            GM0402     | GM0402 | Hilversum
            gm0402     | GM0402 | Hilversum
            0402       | GM0402 | Hilversum
            ' GM0402 ' | GM0402 | Hilversum
            0014       | GM0014 | Groningen
            GM0014     | GM0014 | Groningen
            """)
    void acceptsTheCodeWithOrWithoutPrefixInAnyCase(String code, String normalised, String name) {
        Municipality municipality = official.require(code);
        assertEquals(normalised, municipality.code());
        assertEquals(name, municipality.name());
    }

    @Test
    void givesTheTooiIriOfGroningen() {
        assertEquals("https://identifier.overheid.nl/tooi/id/gemeente/gm0014", official.require("0014").iri());
    }

    @ParameterizedTest(name = "\"{0}\" is not a municipality")
    @ValueSource(strings = {"GM9999", "9999", "", "Hilversum", "PV27", "GM402"})
    void findsNothingForAnUnknownCode(String code) {
        assertEquals(Optional.empty(), official.byCode(code));
    }

    @Test
    void findsNothingForNoCode() {
        assertEquals(Optional.empty(), official.byCode(null));
    }

    @Test
    void requireRejectsAnUnknownCodeNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> official.require("GM9999"));
        assertTrue(e.getMessage().contains("GM9999"), e.getMessage());
    }

    @Test
    void holdsEveryMunicipalityOfTheBundledList() {
        // the bundled TOOI list, including municipalities that have since merged
        assertEquals(605, official.size());
    }

    @Test
    void keepsMunicipalitiesThatHaveSinceMerged() {
        assertEquals("Appingedam", official.require("GM0003").name());
    }

    @Test
    void isLoadedOnce() {
        assertSame(Municipalities.official(), Municipalities.official());
    }
}
