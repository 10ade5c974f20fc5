package nl.openbaar.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IrisTest {

    private static final Municipality HILVERSUM =
            new Municipality("GM0402", "Hilversum", "https://identifier.overheid.nl/tooi/id/gemeente/gm0402");

    private final Iris iris = new Iris("https://data.example.org/");

    @Test
    void slugsALabelWithADashPunctuationAndAPercentSign() {
        assertEquals("aangifte-verhuizing-via-balie-pct", Iris.slug("Aangifte verhuizing – Via balie (%)"));
    }

    @ParameterizedTest(name = "\"{0}\" becomes \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Financiën                     | financien
            Coördinatie & Beleid          | coordinatie-beleid
            Lasten in €                   | lasten-in-eur
            2.4 Dienstverlening           | 2-4-dienstverlening
            '  --Burgerzaken--  '         | burgerzaken
            """)
    void slugsOtherLabels(String label, String slug) {
        assertEquals(slug, Iris.slug(label));
    }

    @ParameterizedTest(name = "\"{0}\" becomes \"_\"")
    @ValueSource(strings = {"", "!!!", " – "})
    void slugsALabelWithoutLettersOrDigitsAsAnUnderscore(String label) {
        assertEquals("_", Iris.slug(label));
    }

    @ParameterizedTest(name = "\"{0}\" is a valid source id")
    @ValueSource(strings = {"hilversum-2022-jaarrekening", "a", "0", "gm0402.begroting_2022"})
    void acceptsASourceIdOfLowerCaseLettersDigitsDotsUnderscoresAndDashes(String id) {
        assertEquals(id, Iris.requireSourceId(id));
    }

    @ParameterizedTest(name = "\"{0}\" is not a valid source id")
    @ValueSource(strings = {"Bad Id", "../x", "a/b", "Hilversum", "-a", ".hidden", "_a", "", "a b", "é"})
    void rejectsASourceIdThatIsNotSafeInAnIri(String id) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Iris.requireSourceId(id));
        assertTrue(e.getMessage().contains("'" + id + "'"), e.getMessage());
    }

    @Test
    void rejectsAMissingSourceId() {
        assertThrows(IllegalArgumentException.class, () -> Iris.requireSourceId(null));
    }

    @Test
    void acceptsASourceIdOf128CharactersButNotLonger() {
        String longest = "a".repeat(128);
        assertEquals(longest, Iris.requireSourceId(longest));
        assertThrows(IllegalArgumentException.class, () -> Iris.requireSourceId(longest + "a"));
    }

    @ParameterizedTest(name = "\"{0}\" is not an http(s) base")
    @ValueSource(strings = {"ftp://example.org/", "urn:openbaar:", "file:///tmp/", "example.org/", "/relative/"})
    void rejectsABaseIriThatIsNotAnAbsoluteHttpIri(String base) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Iris(base));
        assertTrue(e.getMessage().contains(base), e.getMessage());
    }

    @Test
    void addsATrailingSlashToTheBase() {
        assertEquals("http://localhost:7070/", new Iris("http://localhost:7070").base());
        assertEquals("https://data.example.org/", iris.base());
    }

    @Test
    void mintsTheNamedGraphOfASource() {
        assertEquals("https://data.example.org/graph/hilversum-2022", iris.graph("hilversum-2022"));
    }

    @Test
    void mintsDocumentSectionAndTableIrisUnderTheDocument() {
        assertEquals("https://data.example.org/id/document/h-2022", iris.document("h-2022"));
        assertEquals("https://data.example.org/id/document/h-2022/section/3", iris.section("h-2022", 3));
        assertEquals("https://data.example.org/id/document/h-2022/table/2", iris.table("h-2022", 2));
    }

    @Test
    void mintsDatasetIris() {
        assertEquals("https://data.example.org/id/dataset/h-2022/budget", iris.budgetDataset("h-2022"));
        assertEquals("https://data.example.org/id/dataset/h-2022/indicators", iris.indicatorDataset("h-2022"));
    }

    @Test
    void mintsAFigureIriFromTheCellItWasReadFrom() {
        assertEquals("https://data.example.org/id/figure/h-2022/1-4-2", iris.budgetFigure("h-2022", 1, 4, 2));
        assertEquals("https://data.example.org/id/indicator-value/h-2022/2-3-1", iris.indicatorValue("h-2022", 2, 3, 1));
    }

    @Test
    void mintsProgrammeLineAndIndicatorIrisPerMunicipality() {
        assertEquals("https://data.example.org/id/programme/gm0402", iris.programmeScheme(HILVERSUM));
        assertEquals("https://data.example.org/id/programme/gm0402/2-4-dienstverlening", iris.programme(HILVERSUM, "2.4 Dienstverlening"));
        assertEquals("https://data.example.org/id/line/gm0402/burgerzaken", iris.line(HILVERSUM, "Burgerzaken"));
        assertEquals("https://data.example.org/id/indicator/gm0402/aangifte-verhuizing-via-balie-pct",
                iris.indicator(HILVERSUM, "Aangifte verhuizing – Via balie (%)"));
    }

    @Test
    void mintsTheSameIriTwiceForTheSameInput() {
        assertEquals(iris.budgetFigure("h-2022", 1, 4, 2), new Iris("https://data.example.org").budgetFigure("h-2022", 1, 4, 2));
    }

    @Test
    void refusesToMintAnIriForAnInvalidSourceId() {
        assertThrows(IllegalArgumentException.class, () -> iris.graph("../x"));
        assertThrows(IllegalArgumentException.class, () -> iris.budgetFigure("Bad Id", 1, 1, 1));
    }
}
