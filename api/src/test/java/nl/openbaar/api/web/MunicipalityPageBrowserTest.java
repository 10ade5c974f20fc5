package nl.openbaar.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A resident opens their municipality's page: the figures of the seeds, in a chart and in the table under it. */
class MunicipalityPageBrowserTest {
    @TempDir
    static Path profile;
    private static ChromeDriver browser;
    private static PublicSite site;

    @BeforeAll
    static void start() {
        browser = BrowserSession.start(profile);
        site = PublicSite.get();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** What Chart.js drew from the table {@code tableId}: per series label, the value for each category. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> chart(String tableId) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(
                By.cssSelector("[data-chart-for='" + tableId + "'] canvas")).isEmpty());
        return (Map<String, Object>) ((JavascriptExecutor) browser).executeScript("""
                var canvas = document.querySelector('[data-chart-for="' + arguments[0] + '"] canvas');
                var chart = Chart.getChart(canvas);
                var series = {};
                chart.data.datasets.forEach(function (d) {
                  var values = {};
                  chart.data.labels.forEach(function (label, i) { values[label] = d.data[i]; });
                  series[d.label] = values;
                });
                return { type: chart.config.type, label: canvas.getAttribute('aria-label'), series: series };""", tableId);
    }

    @Test
    void zoetermeerShowsThe2021SatisfactionKpiAgainstItsTargetNotMetWithItsExplanation() {
        browser.get(site.url("/gemeenten/GM0637?jaar=2021"));
        WebElement kpi = browser.findElement(By.xpath(
                "//section[contains(@class,'kpi')][h3[.='Gemiddeld rapportcijfer tevredenheid gehele dienstverlening']]"));
        String table = kpi.findElement(By.tagName("table")).getAttribute("id");

        List<WebElement> cells = kpi.findElements(By.xpath(".//tbody/tr[th='2021']/td"));
        assertEquals("7,2", cells.get(0).getText(), "target");
        assertEquals("7,0", cells.get(1).getText(), "realised");
        assertEquals("nee", cells.get(2).getText(), "doel gehaald");
        assertTrue(cells.get(3).getText().startsWith("De oorzaak is niet bekend"), cells.get(3).getText());
        assertTrue(kpi.findElement(By.cssSelector(".explanation")).getText().contains("De oorzaak is niet bekend"));

        Map<String, Object> chart = chart(table);
        assertEquals("line", chart.get("type"));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Number>> series = (Map<String, Map<String, Number>>) chart.get("series");
        assertEquals(7.2, series.get("Doel").get("2021").doubleValue());
        assertEquals(7.0, series.get("Realisatie").get("2021").doubleValue());
        assertEquals(7.3, series.get("Realisatie").get("2020").doubleValue(), "the trend includes the year before");
        assertTrue(chart.get("label").toString().contains("tabel"), "the chart says its figures are in the table");
    }

    @Test
    void middenGroningenShows2021BudgetAgainstRealisationPerLine() {
        browser.get(site.url("/gemeenten/GM1952?jaar=2021"));
        WebElement lasten = browser.findElement(By.xpath("//section[contains(@class,'chart-block')][h3[starts-with(.,'Lasten')]]"));
        List<WebElement> cells = lasten.findElements(By.xpath(".//tbody/tr[th='Burgerzaken']/td"));
        assertEquals("€ 1.488.000", cells.get(0).getText(), "original budget");
        assertEquals("€ 1.222.000", cells.get(1).getText(), "amended budget");
        assertEquals("€ 1.311.000", cells.get(2).getText(), "realisation");

        Map<String, Object> chart = chart(lasten.findElement(By.tagName("table")).getAttribute("id"));
        assertEquals("bar", chart.get("type"));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Number>> series = (Map<String, Map<String, Number>>) chart.get("series");
        assertEquals(1_222_000, series.get("Begroting na wijziging").get("Burgerzaken").intValue());
        assertEquals(1_311_000, series.get("Realisatie").get("Burgerzaken").intValue());
        assertTrue(!series.get("Realisatie").containsKey("Totaal Lasten"), "totals are in the table, not among the bars");
    }

    @Test
    void aFigureLeadsToTheSectionOfTheReportItCameFrom() {
        browser.get(site.url("/gemeenten/GM1952?jaar=2021"));
        WebElement link = browser.findElement(By.xpath(
                "//section[contains(@class,'chart-block')][h3[starts-with(.,'Lasten')]]//tbody/tr[th='Burgerzaken']//a"));
        link.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/documenten/"));
        String anchor = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf('#') + 1);
        WebElement section = browser.findElement(By.id(anchor));
        assertTrue(section.getText().contains("€ 1.311.000"), "the section lists the figure");
    }
}
