package nl.openbaar.harvester.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.openbaar.harvester.figures.BudgetFigure;
import nl.openbaar.harvester.figures.BudgetPhase;
import nl.openbaar.harvester.figures.Flow;
import nl.openbaar.harvester.figures.IndicatorValue;
import nl.openbaar.harvester.figures.ReportContext;
import nl.openbaar.harvester.text.ReportText;
import org.junit.jupiter.api.Test;

/** How the parser reads the layouts of real reports of other municipalities (see reports-dev/). */
class RealReportLayoutsTest {
    private static final ReportContext ACCOUNTS = new ReportContext("P", Optional.empty(), 2021, false);
    private static final ReportContext BUDGET = new ReportContext("P", Optional.empty(), 2021, true);

    private static final String GROUPED = """
            Programma (in € 1.000) Primitieve begroting Bijgestelde begroting 2021 Realisatie 2021
            Baten Lasten Saldo Baten Lasten Saldo Baten Lasten Saldo
            1 Burger en Bestuur 329 4.977- 4.649- 329 5.230- 4.900- 739 5.129- 4.390-
            2 Dividend 46 - 46 66 - 66 66 - 66
            """;

    private static ParsedReport parse(String text, ReportContext context) {
        return new ReportParser().parse(ReportText.of("Overzicht\n\n" + text), context);
    }

    private static BudgetFigure figure(ParsedReport report, String row, BudgetPhase phase, Flow flow) {
        return report.figures().stream().filter(f -> f.rowLabel().equals(row) && f.phase() == phase && f.flow() == flow)
                .findFirst().orElseThrow(() -> new AssertionError(row + " " + phase + " " + flow + " in " + report.figures()));
    }

    @Test
    void aTrailingMinusIsANegativeNumberAndLastenArePositiveAmounts() {
        BudgetFigure lasten = figure(parse(GROUPED, ACCOUNTS), "1 Burger en Bestuur", BudgetPhase.OriginalBudget, Flow.Expenditure);
        assertEquals("4.977-", lasten.printedValue());
        assertEquals(0, new BigDecimal("4977000").compareTo(lasten.amount()));
    }

    @Test
    void theGroupLineAboveBatenLastenSaldoGivesEachColumnItsPhase() {
        ParsedReport report = parse(GROUPED, ACCOUNTS);
        assertEquals("5.230-", figure(report, "1 Burger en Bestuur", BudgetPhase.AmendedBudget, Flow.Expenditure).printedValue());
        assertEquals("739", figure(report, "1 Burger en Bestuur", BudgetPhase.Actual, Flow.Revenue).printedValue());
    }

    @Test
    void aScalePrintedInsideTheHeaderIsTheTablesScale() {
        BudgetFigure figure = figure(parse(GROUPED, ACCOUNTS), "1 Burger en Bestuur", BudgetPhase.Actual, Flow.Balance);
        assertEquals(Optional.of("in € 1.000"), figure.scale().printed());
    }

    @Test
    void aLoneDashIsNilAFigureOfZeroAsPrinted() {
        ParsedReport report = parse(GROUPED, ACCOUNTS);
        BudgetFigure nil = figure(report, "2 Dividend", BudgetPhase.Actual, Flow.Expenditure);
        assertEquals("-", nil.printedValue());
        assertEquals(0, BigDecimal.ZERO.compareTo(nil.amount()));
        assertEquals("66", figure(report, "2 Dividend", BudgetPhase.Actual, Flow.Balance).printedValue());
    }

    @Test
    void aPlainBegrotingBesideAnExplicitlyPrimitiveOneIsTheAmendedBudget() {
        ParsedReport report = parse("""
                Bedragen x € 1.000
                Omschrijving Begroting 2021 primitief Begroting 2021 Rekening 2021
                Lasten 1.000 1.200 1.100
                Baten 400 450 500
                """, ACCOUNTS);
        assertEquals("1.200", figure(report, "Lasten", BudgetPhase.AmendedBudget, Flow.Expenditure).printedValue());
        assertEquals("1.000", figure(report, "Lasten", BudgetPhase.OriginalBudget, Flow.Expenditure).printedValue());
    }

    @Test
    void inABegrotingAPlainBegrotingOfTheYearBeforeIsTheAmendedBudget() {
        ParsedReport report = parse("""
                Bedragen x € 1.000
                Omschrijving Realisatie 2019 Begroting 2020 Begroting 2021
                Lasten 1.000 1.200 1.100
                Baten 400 450 500
                """, BUDGET);
        assertEquals("1.200", figure(report, "Lasten", BudgetPhase.AmendedBudget, Flow.Expenditure).printedValue());
        assertEquals("1.100", figure(report, "Lasten", BudgetPhase.OriginalBudget, Flow.Expenditure).printedValue());
    }

    @Test
    void twoColumnsThatMeanTheSameAreNotRead() {
        ParsedReport report = parse("""
                Bedragen x € 1.000
                Omschrijving Begroting 2021 Begroting 2021 Rekening 2021
                Lasten 1.000 1.200 1.100
                Baten 400 450 500
                """, ACCOUNTS);
        assertTrue(report.figures().stream().noneMatch(f -> f.phase() != BudgetPhase.Actual), report.figures().toString());
        assertFalse(report.unread().isEmpty());
    }

    @Test
    void linesUnderALastenRowTakeItsFlowOnlyWhenTheyAddUpToIt() {
        ParsedReport addsUp = parse("""
                Bedragen x € 1.000
                Omschrijving Begroting 2021 Rekening 2021
                Lasten 300 310
                Cultuur 100 110
                Onderwijs 200 200
                """, ACCOUNTS);
        assertEquals("110", figure(addsUp, "Cultuur", BudgetPhase.Actual, Flow.Expenditure).printedValue());
        ParsedReport doesNot = parse("""
                Bedragen x € 1.000
                Omschrijving Begroting 2021 Rekening 2021
                Lasten 300 310
                Cultuur 100 110
                Investeringen 900 950
                """, ACCOUNTS);
        assertTrue(doesNot.figures().stream().noneMatch(f -> f.rowLabel().equals("Investeringen")), doesNot.figures().toString());
        assertFalse(doesNot.unread().isEmpty());
    }

    @Test
    void aTableWithoutAPrintedScaleOrEvidenceOfOneIsReportedUnread() {
        ParsedReport report = parse("""
                Omschrijving Begroting 2021 Rekening 2021
                Lasten 1.000 1.100
                Baten 400 500
                """, ACCOUNTS);
        assertTrue(report.figures().isEmpty());
        assertTrue(report.unread().get(0).reason().contains("no scale"), report.unread().toString());
    }

    @Test
    void voordelenAndNadelenInTheTextThatAddUpToAVerschilShowTheTableIsInThousands() {
        ParsedReport report = parse("""
                Omschrijving Begroting 2021 Rekening 2021 Verschil
                Lasten 1.000 1.100 -100
                Baten 400 500 100

                De personeelskosten vielen hoger uit (€ 130.000 N), de leges hoger (€ 30.000 V).
                """, ACCOUNTS);
        BudgetFigure lasten = figure(report, "Lasten", BudgetPhase.Actual, Flow.Expenditure);
        assertEquals(0, new BigDecimal("1100000").compareTo(lasten.amount()));
        assertTrue(lasten.scale().inferred());
    }

    @Test
    void aVerschilThatDoesNotAddUpIsAFailedCheckAndTheFiguresStayAsPrinted() {
        ParsedReport report = parse("""
                Bedragen x € 1.000
                Omschrijving Begroting 2021 Rekening 2021 Verschil
                Lasten 1.000 1.100 -100
                Baten 400 500 7
                """, ACCOUNTS);
        assertTrue(report.checks().stream().anyMatch(c -> c.description().startsWith("'Baten' Verschil 7") && !c.passed()), report.checks().toString());
        assertTrue(report.checks().stream().anyMatch(c -> c.description().startsWith("'Lasten' Verschil -100") && c.passed()));
        assertEquals("500", figure(report, "Baten", BudgetPhase.Actual, Flow.Revenue).printedValue());
    }

    @Test
    void aUnitColumnNamesTheIndicatorsUnitAndALineOfUnitAndValuesIsItsSecondUnit() {
        ParsedReport report = parse("""
                Indicator

                Eenheid

                Raming na wijz.

                Werkelijk

                Externe inhuur

                Kosten in €

                € 1.169.109

                € 1.271.811

                Als % van totale loonsom

                9,47%

                10,55%
                """, ACCOUNTS);
        List<String> indicators = report.indicatorValues().stream().map(IndicatorValue::indicator).distinct().toList();
        assertEquals(List.of("Externe inhuur (Kosten in €)", "Externe inhuur (Als % van totale loonsom)"), indicators);
    }

    @Test
    void aFootnoteDigitGluedToALabelIsNotPartOfTheIndicatorsName() {
        ParsedReport report = parse("""
                Indicator

                Jaarrekening 2019

                Begroting 2020

                Formatie1

                5,98

                6,1

                Bezetting1

                5,58

                5,9
                """, BUDGET);
        assertEquals(List.of("Formatie", "Bezetting"), report.indicatorValues().stream().map(IndicatorValue::indicator).distinct().toList());
    }
    @Test
    void whereBlankLinesSeparateCellsTheLinesOfOneBlockAreOneHeader() {
        ParsedReport report = parse("""
                Baten en lasten

                Oorspronkelijke
                begroting
                2021

                Realisatie
                2021

                Verschil

                Burgerzaken

                Baten

                3.222

                1.469

                -1.753

                Lasten

                20.808

                20.737

                -71
                """, ACCOUNTS);
        assertEquals(List.of("Oorspronkelijke begroting 2021", "Realisatie 2021", "Verschil"),
                report.tables().get(0).table().headers().stream().map(h -> h.text()).toList());
        assertEquals(BudgetPhase.OriginalBudget, figure(report, "Lasten", BudgetPhase.OriginalBudget, Flow.Expenditure).phase());
    }

    @Test
    void aLabelBetweenTheHeadersAndTheRowsIsAGroupRowNotAHeader() {
        ParsedReport report = parse("""
                Realisatie 2020

                Realisatie 2021

                Burgerzaken

                Baten

                3.222

                1.469

                Lasten

                20.808

                20.737
                """, ACCOUNTS);
        assertEquals(List.of("Realisatie 2020", "Realisatie 2021"),
                report.tables().get(0).table().headers().stream().map(h -> h.text()).toList());
        assertTrue(report.tables().get(0).table().rows().get(0).isGroupHeading());
        assertTrue(report.figures().stream().anyMatch(f -> f.rowLabel().equals("Lasten") && f.year() == 2021
                && f.printedValue().equals("20.737")), report.figures().toString());
    }

    @Test
    void oneRowUnderGroupedHeadersIsNamedByTheLineAboveTheGroups() {
        ParsedReport report = parse("""
                Sociaal domein
                Begroting na wijziging 2021
                Rekening 2021
                Baten
                Lasten
                Saldo
                Baten
                Lasten
                Saldo
                -5.943
                24.880
                18.937
                -5.915
                24.541
                18.626
                """, ACCOUNTS);
        BudgetFigure lasten = figure(report, "Sociaal domein", BudgetPhase.AmendedBudget, Flow.Expenditure);
        assertEquals("24.880", lasten.printedValue());
        assertEquals(0, new BigDecimal("24880000").compareTo(lasten.amount()), "thousands, as the size of the amounts shows");
        assertEquals(0, new BigDecimal("-18626000").compareTo(figure(report, "Sociaal domein", BudgetPhase.Actual, Flow.Balance).amount()));
    }

    @Test
    void aKpiCellThatPrintsTextIsKeptAsPrintedWithoutANumber() {
        ParsedReport report = parse("""
                Indicator

                Eenheid

                Realisatie 2018

                Begroting 2021

                Bron

                Formatie

                Fte per 1.000 inwoners

                Zie begroting GR

                Zie begroting GR

                *

                Bezetting

                Fte per 1.000 inwoners

                *

                Overhead

                % van totale lasten

                3,6%

                n.b.

                *
                """, BUDGET);
        List<IndicatorValue> formatie = report.indicatorValues().stream().filter(v -> v.indicator().startsWith("Formatie")).toList();
        assertEquals(List.of("Zie begroting GR", "Zie begroting GR"), formatie.stream().map(IndicatorValue::printedValue).toList());
        assertTrue(formatie.stream().allMatch(v -> v.value().isEmpty()));
        IndicatorValue nb = report.indicatorValues().stream().filter(v -> v.printedValue().equals("n.b.")).findFirst().orElseThrow();
        assertEquals(Optional.empty(), nb.value());
        assertTrue(report.indicatorValues().stream().noneMatch(v -> v.indicator().startsWith("Bezetting")));
        assertTrue(report.unread().stream().anyMatch(u -> u.where().equals("row 'Bezetting'")), report.unread().toString());
    }
    @Test
    void aLineOfFlowsUnderTheScaleLineIsTheHeaderOfTheRowsBelowIt() {
        ParsedReport report = parse("""
                Bedragen x € 1.000
                Lasten Baten Saldo
                Begroting na wijziging 2.615 -1.148 1.467
                Realisatie 2.731 -1.500 1.230
                """, ACCOUNTS);
        assertEquals(List.of("Lasten", "Baten", "Saldo"), report.tables().get(0).table().headers().stream().map(h -> h.text()).toList());
        assertEquals(Optional.of("Bedragen x € 1.000"), report.tables().get(0).table().scale());
        assertEquals(0, new BigDecimal("2731000").compareTo(figure(report, "Realisatie", BudgetPhase.Actual, Flow.Expenditure).amount()));
    }

    @Test
    void aParagraphNumberInParenthesesIsPartOfTheLabelNotAValue() {
        ParsedReport report = parse("""
                Bedragen x € 1.000
                Programma 6 Dienstverlening baten lasten Rekening 2021
                Continueren klanttevredenheid (6.1) 9.191 -9.563 -372
                Bevorderen van de participatie (6.2) 244 -5.113 -4.869
                """, ACCOUNTS);
        assertEquals(List.of("baten", "lasten", "Rekening 2021"), report.tables().get(0).table().headers().stream().map(h -> h.text()).toList());
        assertEquals("9.191", figure(report, "Continueren klanttevredenheid (6.1)", BudgetPhase.Actual, Flow.Revenue).printedValue());
    }

    @Test
    void aBoundedValueOfSeveralWordsIsOneCellOfAFlattenedRow() {
        ParsedReport report = parse("""
                Prestatie indicator(en) Behaald 2019 Behaald 2020 Beoogd 2021 Beoogd 2022
                Klanttevredenheid Website. 7 7,1 7,5 7,5
                Gemiddelde wachttijd balie norm: 5 min. 6:30 5:46 Maximaal 5 min Maximaal 5 min
                """, BUDGET);
        List<String> wachttijd = report.indicatorValues().stream().filter(v -> v.indicator().startsWith("Gemiddelde wachttijd"))
                .map(IndicatorValue::printedValue).toList();
        assertEquals(List.of("6:30", "5:46", "Maximaal 5 min", "Maximaal 5 min"), wachttijd);
    }
}
