package nl.openbaar.harvester.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.openbaar.harvester.table.Cell;
import nl.openbaar.harvester.table.Row;
import nl.openbaar.harvester.table.Table;
import nl.openbaar.harvester.table.TableLayout;
import nl.openbaar.harvester.text.TextLine;
import org.junit.jupiter.api.Test;

/** When a budget table prints no scale, it is inferred only from evidence, and not at all when the evidence is unsure. */
class ScaleInferenceTest {
    private static final List<String> HEADERS = List.of("Begroting 2021", "Realisatie 2021");
    private final ScaleInference inference = new ScaleInference();

    private static Table table(int number, Optional<String> scale, String caption, String... rows) {
        List<Row> parsed = new ArrayList<>();
        for (String row : rows) {
            String[] cells = row.split("\\|");
            List<Cell> values = new ArrayList<>();
            for (int c = 1; c < cells.length; c++) {
                values.add(new Cell(cells[c].strip(), 1));
            }
            parsed.add(new Row(new Cell(cells[0].strip(), 1), values));
        }
        List<Cell> headers = HEADERS.stream().map(h -> new Cell(h, 1)).toList();
        return new Table(number, TableLayout.CELL_PER_LINE, caption, scale, headers, parsed, 1, 1);
    }

    private static Table table(String... rows) {
        return table(1, Optional.empty(), "Wat heeft het gekost?", rows);
    }

    private Optional<Scale> infer(Table table, Table... others) {
        List<Table> all = new ArrayList<>(List.of(others));
        all.add(table);
        return inference.infer(table, all, List.<TextLine>of());
    }

    private static void assertMultiplier(long expected, Optional<Scale> scale) {
        assertTrue(scale.isPresent(), "expected a scale to be inferred");
        assertEquals(0, BigDecimal.valueOf(expected).compareTo(scale.get().multiplier()), scale.get().toString());
        assertTrue(scale.get().inferred());
    }

    @Test
    void aTableWhoseLargestAmountWouldBeLessThanAHundredThousandEurosIsInThousands() {
        Optional<Scale> scale = infer(table("Lasten | 20.808 | 20.737", "Baten | 3.222 | 1.469"));
        assertMultiplier(1000, scale);
        assertTrue(scale.get().evidence().orElseThrow().contains("20808"), scale.get().evidence().toString());
    }

    @Test
    void aTableWhoseLargestAmountWouldReachTenBillionEurosInThousandsIsInEuros() {
        assertMultiplier(1, infer(table("Lasten | 24.708.177 | 23.978.948", "Baten | -4.917.524 | -5.478.466")));
    }

    @Test
    void aLargestAmountThatIsPossibleBothInEurosAndInThousandsLeavesTheScaleUnknown() {
        assertEquals(Optional.empty(), infer(table("Lasten | 1.427.571 | 1.537.112", "Baten | 470.311 | 440.918")));
    }

    @Test
    void amountsThatAreMostlyWholeThousandsReadAsRoundedEurosTooAndSizeSaysNothing() {
        assertEquals(Optional.empty(), infer(table("Lasten | 45.000 | 47.000", "Baten | 12.000 | 12.500")));
    }

    @Test
    void decimalsArePerUnitAmountsNotTotalsAndSizeSaysNothing() {
        assertEquals(Optional.empty(), infer(table("Lasten | 654,20 | 610,75", "Baten | 22,10 | 21,00")));
    }

    @Test
    void amountsPerInhabitantSaySomethingOnlyAboutOneInhabitant() {
        assertEquals(Optional.empty(), infer(table("Lasten per inwoner | 654 | 610", "Baten per inwoner | 22 | 21")));
    }

    @Test
    void tinyAmountsArePossibleNeitherInEurosNorInThousandsAndSizeSaysNothing() {
        assertEquals(Optional.empty(), infer(table("Lasten | 54 | 61", "Baten | 22 | 21")));
    }

    @Test
    void theScaleAnotherTableOfTheDocumentPrintsIsTakenWhenSizeAgrees() {
        Table printed = table(2, Optional.of("Bedragen x € 1.000"), "Overzicht", "Lasten | 1.000 | 1.100");
        Optional<Scale> scale = infer(table("Lasten | 1.427 | 1.537", "Baten | 470 | 440"), printed);
        assertMultiplier(1000, scale);
        assertTrue(scale.get().evidence().orElseThrow().contains("table 2"), scale.get().evidence().toString());
    }

    @Test
    void theScaleAnotherTablePrintsIsNotBelievedWhenSizeShowsOtherwise() {
        Table printed = table(2, Optional.of("Bedragen x € 1.000"), "Overzicht", "Lasten | 1.000 | 1.100");
        assertMultiplier(1, infer(table("Lasten | 24.708.177 | 23.978.948", "Baten | -4.917.524 | -5.478.466"), printed));
    }

    @Test
    void otherTablesThatPrintDifferentScalesAreNoEvidence() {
        Table thousands = table(2, Optional.of("Bedragen x € 1.000"), "Overzicht", "Lasten | 1.000 | 1.100");
        Table euros = table(3, Optional.of("Bedragen in euro's"), "Specificatie", "Lasten | 1.000.000 | 1.100.000");
        assertEquals(Optional.empty(), infer(table("Lasten | 1.427.571 | 1.537.112", "Baten | 470.311 | 440.918"), thousands, euros));
    }

    @Test
    void evidenceThatDisagreesLeavesTheScaleUnknown() {
        Table printed = table(2, Optional.of("Bedragen x € 1.000"), "Overzicht", "Lasten | 1.000 | 1.100");
        List<TextLine> prose = List.of(new TextLine(9, "De lasten kwamen uit op € 1.537.112."));
        Table unscaled = table("Lasten | 1.427.571 | 1.537.112", "Baten | 470.311 | 440.918");
        assertEquals(Optional.empty(), inference.infer(unscaled, List.of(printed, unscaled), prose));
    }

    @Test
    void verschilColumnsDoNotCountForTheSize() {
        Table table = new Table(1, TableLayout.CELL_PER_LINE, "", Optional.empty(),
                List.of(new Cell("Begroting 2021", 1), new Cell("Realisatie 2021", 1), new Cell("Verschil", 1)),
                List.of(new Row(new Cell("Lasten", 1), List.of(new Cell("150.000", 1), new Cell("180.000", 1), new Cell("99.999.999", 1)))),
                1, 1);
        assertEquals(Optional.empty(), infer(table));
    }
}
