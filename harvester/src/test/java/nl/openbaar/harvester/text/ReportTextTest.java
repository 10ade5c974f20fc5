package nl.openbaar.harvester.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTextTest {

    private static List<TextLine> lines(String... raw) {
        return ReportText.of(String.join("\n", raw)).lines();
    }

    @Test
    void numbersLinesFromOne() {
        assertEquals(List.of(new TextLine(1, "Eerste"), new TextLine(2, "Tweede")), lines("Eerste", "Tweede"));
    }

    @Test
    void keepsBlankLinesWithTheirNumbers() {
        assertEquals(List.of(new TextLine(1, "Eerste"), new TextLine(2, ""), new TextLine(3, "Derde")),
                lines("Eerste", "", "Derde"));
    }

    @Test
    void contentLinesLeaveOutBlankLinesButKeepTheOriginalNumbers() {
        assertEquals(List.of(new TextLine(1, "Eerste"), new TextLine(4, "Vierde")),
                ReportText.of("Eerste\n\n   \nVierde").contentLines());
    }

    @Test
    void splitsOnWindowsAndOldMacLineEndings() {
        assertEquals(List.of(new TextLine(1, "a"), new TextLine(2, "b"), new TextLine(3, "c")),
                ReportText.of("a\r\nb\rc").lines());
    }

    @Test
    void stripsTrailingButNotLeadingWhitespace() {
        assertEquals(List.of(new TextLine(1, "  ingesprongen")), lines("  ingesprongen   \t"));
    }

    @Test
    void removesTheNavigationLinkThatRepeatsTheHeadingAbove() {
        assertEquals(List.of(new TextLine(1, "Toelichting"), new TextLine(3, "De kosten stegen.")),
                lines("Toelichting", "Terug naar navigatie - Toelichting", "De kosten stegen."));
    }

    @Test
    void removesTheNavigationLinkWhenBlankLinesSeparateItFromTheHeading() {
        assertEquals(List.of(new TextLine(1, "Toelichting"), new TextLine(2, ""), new TextLine(4, "Tekst")),
                lines("Toelichting", "", "Terug naar navigatie - Toelichting", "Tekst"));
    }

    @Test
    void keepsTextGluedAfterTheRepeatedHeadingAsALineWithTheOriginalNumber() {
        assertEquals(List.of(new TextLine(1, "Toelichting"), new TextLine(2, "Doel gehaald: Nee")),
                lines("Toelichting", "Terug naar navigatie - ToelichtingDoel gehaald: Nee"));
    }

    @Test
    void removesAShortNavigationLinkToAHeadingThatWasNotTheLineAbove() {
        assertEquals(List.of(new TextLine(1, "Iets anders"), new TextLine(3, "Tekst")),
                lines("Iets anders", "Terug naar navigatie - Wat hebben we bereikt?", "Tekst"));
    }

    @Test
    void keepsALongNavigationLineWhoseHeadingWasNotTheLineAbove() {
        String glued = "Wat hebben we bereikt? " + "De dienstverlening aan de balie is in 2021 verder verbeterd, "
                + "de wachttijden zijn korter geworden en de klanttevredenheid steeg naar een 8,1.";
        assertEquals(List.of(new TextLine(1, "Iets anders"), new TextLine(2, glued)),
                lines("Iets anders", "Terug naar navigatie - " + glued));
    }

    @Test
    void repairsTheEncodingOfTheText() {
        assertEquals(List.of(new TextLine(1, "Financiën"), new TextLine(2, "€ 654")), lines("Financiƫn", "€\u00A0654"));
    }

    @Test
    void recognisesARepeatedHeadingWhoseEncodingWasRepaired() {
        assertEquals(List.of(new TextLine(1, "Financiën"), new TextLine(2, "Tekst")),
                lines("Financiƫn", "Terug naar navigatie - FinanciƫnTekst"));
    }
}
