package nl.openbaar.harvester.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TermTest {

    @Test
    void readsABudgetAfterAmendmentsAsTheAmendedBudgetOfItsYear() {
        Term term = Term.of("Begroting 2021 na wijzigingen");
        assertEquals(Optional.of(BudgetPhase.AmendedBudget), term.phase());
        assertEquals(OptionalInt.of(2021), term.year());
        assertFalse(term.difference());
        assertFalse(term.total());
    }

    @ParameterizedTest(name = "\"{0}\" is value kind {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Nulmeting 2018      | Realised
            Jaarrekening 2018   | Realised
            Streefwaarde 2022   | Target
            Prognose 2021       | Target
            Raming na wijz.     | Target
            Werkelijk           | Realised
            """)
    void readsTheValueKindOfAnIndicatorColumn(String header, ValueKind kind) {
        assertEquals(Optional.of(kind), Term.of(header).valueKind());
    }

    @Test
    void readsReserveAdditionsAsExpenditureAndWithdrawalsAsRevenue() {
        assertEquals(Optional.of(Flow.Expenditure), Term.of("Toevoegingen").flow());
        assertEquals(Optional.of(Flow.Revenue), Term.of("Onttrekking aan reserves").flow());
    }

    @Test
    void readsRealisatieAsTheActualOfItsYear() {
        Term term = Term.of("Realisatie 2020");
        assertEquals(Optional.of(BudgetPhase.Actual), term.phase());
        assertEquals(OptionalInt.of(2020), term.year());
    }

    @ParameterizedTest(name = "\"{0}\" is phase {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Primitieve begroting 2022          | OriginalBudget
            Oorspronkelijke begroting          | OriginalBudget
            Begroting 2022                     | OriginalBudget
            Begroot                            | OriginalBudget
            Begroting na wijziging 2023        | AmendedBudget
            Begroting 2021 na wijz.            | AmendedBudget
            Gewijzigde begroting 2021          | AmendedBudget
            Actuele begroting                  | AmendedBudget
            Bijgestelde begroting              | AmendedBudget
            Rekening 2020                      | Actual
            Jaarrekening 2022                  | Actual
            Werkelijk                          | Actual
            Gerealiseerd                       | Actual
            """)
    void readsTheBudgetPhaseAHeaderNames(String header, BudgetPhase phase) {
        assertEquals(Optional.of(phase), Term.of(header).phase());
    }

    @Test
    void readsVerschilAsADifferenceWithoutPhase() {
        Term term = Term.of("Verschil 2021");
        assertTrue(term.difference());
        assertEquals(Optional.empty(), term.phase());
        assertEquals(Optional.empty(), term.valueKind());
        assertEquals(OptionalInt.of(2021), term.year());
    }

    @ParameterizedTest(name = "\"{0}\" is a difference")
    @ValueSource(strings = {"Verschillen", "Afwijking begroting - realisatie", "Afwijkingen", "V/N", "v / n"})
    void readsOtherDifferenceHeadersAsADifference(String header) {
        Term term = Term.of(header);
        assertTrue(term.difference());
        assertEquals(Optional.empty(), term.phase());
    }

    @Test
    void readsTotaalLastenAsTheTotalOfExpenditure() {
        Term term = Term.of("Totaal Lasten");
        assertTrue(term.total());
        assertEquals(Optional.of(Flow.Expenditure), term.flow());
    }

    @Test
    void readsTheRealisedBalanceOfRevenueAndExpenditureAsATotalBalance() {
        Term term = Term.of("Gerealiseerd saldo van baten en lasten");
        assertEquals(Optional.of(Flow.Balance), term.flow());
        assertTrue(term.total());
    }

    @ParameterizedTest(name = "\"{0}\" is flow {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Lasten        | Expenditure
            Uitgaven      | Expenditure
            Baten         | Revenue
            Totaal baten  | Revenue
            Inkomsten     | Revenue
            Opbrengsten   | Revenue
            Saldo         | Balance
            """)
    void readsTheFlowALabelNames(String label, Flow flow) {
        assertEquals(Optional.of(flow), Term.of(label).flow());
    }

    @Test
    void readsALabelWithoutTotaalAsNoTotal() {
        assertFalse(Term.of("Lasten").total());
    }

    @Test
    void readsBehaaldAsTheRealisedValueOfItsYear() {
        Term term = Term.of("Behaald 2019");
        assertEquals(Optional.of(ValueKind.Realised), term.valueKind());
        assertEquals(OptionalInt.of(2019), term.year());
    }

    @Test
    void readsBeoogdAsTheTargetOfItsYear() {
        Term term = Term.of("Beoogd 2022");
        assertEquals(Optional.of(ValueKind.Target), term.valueKind());
        assertEquals(OptionalInt.of(2022), term.year());
    }

    @ParameterizedTest(name = "\"{0}\" is value kind {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Streefwaarde 2023 | Target
            Doel              | Target
            Norm              | Target
            Realisatie 2021   | Realised
            Gemeten           | Realised
            Meting 2020       | Realised
            """)
    void readsTheValueKindAHeaderNames(String header, ValueKind kind) {
        assertEquals(Optional.of(kind), Term.of(header).valueKind());
    }

    @Test
    void findsNothingInALabelThatNamesABudgetLine() {
        Term term = Term.of("Burgerzaken");
        assertEquals(Optional.empty(), term.phase());
        assertEquals(OptionalInt.empty(), term.year());
        assertEquals(Optional.empty(), term.flow());
        assertEquals(Optional.empty(), term.valueKind());
        assertFalse(term.difference());
        assertFalse(term.total());
    }

    @Test
    void doesNotTakeANumberOutsideTheCenturiesAsAYear() {
        assertEquals(OptionalInt.empty(), Term.of("Begroting 1850").year());
    }

    @Test
    void doesNotTakeDigitsInsideALongerNumberAsAYear() {
        assertEquals(OptionalInt.empty(), Term.of("Kostenplaats 120215").year());
    }

    @ParameterizedTest(name = "\"{0}\" is only structure")
    @ValueSource(strings = {"Begroting 2021 na wijzigingen", "Realisatie 2020", "Totaal lasten", "Saldo van baten en lasten",
            "Behaald 2019", "Beoogd 2022", "2021"})
    void recognisesAHeaderThatIsOnlyStructure(String text) {
        assertTrue(Term.isOnlyStructure(text));
    }

    @ParameterizedTest(name = "\"{0}\" names a line or indicator")
    @ValueSource(strings = {"Burgerzaken", "Lasten Burgerzaken", "Klanttevredenheid 2021", "Aangifte verhuizing (%)"})
    void recognisesALabelThatNamesALineOrIndicator(String text) {
        assertFalse(Term.isOnlyStructure(text));
    }
}
