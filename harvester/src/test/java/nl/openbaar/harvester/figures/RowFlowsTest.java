package nl.openbaar.harvester.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import nl.openbaar.harvester.report.ParsedReport;
import nl.openbaar.harvester.report.ReportParser;
import nl.openbaar.harvester.text.ReportText;
import org.junit.jupiter.api.Test;

/** Rows that name no flow take it only from the arithmetic of their own table. */
class RowFlowsTest {
    private static final ReportContext ACCOUNTS = new ReportContext("P", Optional.empty(), 2015, false);

    /** A cost-category table as Rotterdam prints it: subtotals above their parts, a resultaat at the bottom. */
    private static final String CATEGORIES = """
            Bedragen x € 1.000
            Omschrijving Begroting 2015 Realisatie 2015
            Bijdragen rijk 10 55
            Overige baten 11 20
            Apparaatslasten 7.683 7.225
            Inhuur 149 90
            Personeel 7.534 7.135
            Toevoeging aan reserves 1.905 1.905
            Resultaat -9.567 -9.055
            """;

    private static ParsedReport parse(String text) {
        return new ReportParser().parse(ReportText.of("Overzicht\n\n" + text), ACCOUNTS);
    }

    private static Optional<BudgetFigure> figure(ParsedReport report, String row, BudgetPhase phase) {
        return report.figures().stream().filter(f -> f.rowLabel().equals(row) && f.phase() == phase).findFirst();
    }

    @Test
    void aCompoundEndingInLastenIsExpenditure() {
        assertEquals(Flow.Expenditure, figure(parse(CATEGORIES), "Apparaatslasten", BudgetPhase.Actual).orElseThrow().flow());
    }

    @Test
    void rowsThatAddUpToTheLastenRowAboveThemShareItsFlow() {
        ParsedReport report = parse(CATEGORIES);
        assertEquals(Flow.Expenditure, figure(report, "Personeel", BudgetPhase.Actual).orElseThrow().flow());
        assertEquals(Flow.Expenditure, figure(report, "Inhuur", BudgetPhase.AmendedBudget).or(() -> figure(report, "Inhuur",
                BudgetPhase.OriginalBudget)).orElseThrow().flow());
        assertTrue(report.checks().stream().anyMatch(c -> c.passed() && c.description().startsWith("'Apparaatslasten' against the sum")),
                report.checks().toString());
    }

    @Test
    void theOneChoiceOfFlowsThatMakesTheResultaatAddUpGivesARowThatNamesNoneItsFlow() {
        ParsedReport report = parse(CATEGORIES);
        BudgetFigure rijk = figure(report, "Bijdragen rijk", BudgetPhase.Actual).orElseThrow();
        assertEquals(Flow.Revenue, rijk.flow());
        assertEquals(0, new BigDecimal("55000").compareTo(rijk.amount()));
    }

    @Test
    void theResultaatIsTheBalanceInTheSignConventionItsArithmeticShows() {
        BudgetFigure resultaat = figure(parse(CATEGORIES), "Resultaat", BudgetPhase.Actual).orElseThrow();
        assertEquals(Flow.Balance, resultaat.flow());
        assertEquals(0, new BigDecimal("-9055000").compareTo(resultaat.amount()));
    }

    @Test
    void rowsWhoseFlowsTheArithmeticCannotTellApartAreNotRead() {
        ParsedReport report = parse("""
                Bedragen x € 1.000
                Omschrijving Begroting 2015 Realisatie 2015
                Bijdragen rijk 40 30
                Leges 40 30
                Apparaatslasten 7.683 7.225
                Resultaat -7.683 -7.225
                """);
        assertEquals(Optional.empty(), figure(report, "Bijdragen rijk", BudgetPhase.Actual));
        assertEquals(Optional.empty(), figure(report, "Leges", BudgetPhase.Actual));
        assertTrue(report.unread().stream().anyMatch(u -> u.where().contains("'Leges'")), report.unread().toString());
    }

    @Test
    void rowsThatDoNotAddUpToTheRowAboveThemDoNotTakeItsFlow() {
        ParsedReport report = parse("""
                Bedragen x € 1.000
                Omschrijving Begroting 2015 Realisatie 2015
                Apparaatslasten 7.683 7.225
                Inhuur 149 90
                Personeel 6.000 6.000
                """);
        assertEquals(Optional.empty(), figure(report, "Personeel", BudgetPhase.Actual));
    }
}
