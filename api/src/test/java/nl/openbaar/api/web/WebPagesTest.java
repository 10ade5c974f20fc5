package nl.openbaar.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The public pages over plain HTTP, as a browser without JavaScript (or a search engine) gets them. */
class WebPagesTest {
    private static final String HTML = "text/html,application/xhtml+xml";
    private static PublicSite site;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        site = PublicSite.get();
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(site.url(path))).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Document page(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path, HTML);
        assertEquals(200, response.statusCode(), path);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
        return Jsoup.parse(response.body(), site.url(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/zoeken?q=burgerzaken", "/gemeenten/GM0637?jaar=2021", "/documenten/zoetermeer-2021-jaarstukken-dienstverlening",
            "/catalogus"})
    void everyPageIsDutchWithOneLayoutASkipLinkAndOneH1(String path) throws Exception {
        Document page = page(path);
        assertEquals("nl", page.selectFirst("html").attr("lang"));
        Element skip = page.body().child(0);
        assertEquals("#inhoud", skip.attr("href"), "the first thing in the body is the skip link");
        assertNotNull(page.getElementById("inhoud"));
        assertEquals("main", page.getElementById("inhoud").tagName());
        assertNotNull(page.selectFirst("nav[aria-label=Hoofdmenu] a[href=/catalogus]"));
        assertEquals(1, page.select("h1").size());
    }

    @Test
    void theHomePageListsTheMunicipalitiesWithTheirLatestYearAndHasASearchBox() throws Exception {
        Document page = page("/");
        Element zoetermeer = page.selectFirst("ul.municipalities a:containsOwn(Zoetermeer)");
        assertNotNull(zoetermeer);
        assertEquals("/gemeenten/GM0637?jaar=2021", zoetermeer.attr("href"));
        assertNotNull(page.selectFirst("form[action=/zoeken] input[name=q]"));
        assertNotNull(page.selectFirst("label[for=zoekterm]"));
    }

    @Test
    void theKpiTableIsInTheHtmlSoItReadsWithoutJavaScript() throws Exception {
        Document page = page("/gemeenten/GM0637?jaar=2021");
        Element kpi = page.selectFirst("section.kpi:has(h3:containsOwn(Gemiddeld rapportcijfer tevredenheid gehele dienstverlening))");
        assertNotNull(kpi);
        Element row = kpi.selectFirst("tbody tr:has(th:containsOwn(2021))");
        assertEquals(List.of("7,2", "7,0", "nee"), row.select("td").subList(0, 3).stream().map(Element::text).toList());
        assertTrue(row.select("td").get(3).text().startsWith("De oorzaak is niet bekend"));
        assertEquals("7.2", row.select("td").get(0).attr("data-value"), "the chart reads the plain number");
        assertTrue(kpi.selectFirst("p.kpi-summary").text().contains("Doel gehaald: nee"));
    }

    @Test
    void everyBudgetRowLinksToTheSectionOfTheReportItWasPrintedIn() throws Exception {
        Document page = page("/gemeenten/GM1952?jaar=2021");
        List<Element> rows = page.select("table[data-chart=bar] tbody tr");
        assertFalse(rows.isEmpty());
        for (Element row : rows) {
            String href = row.selectFirst("td a").attr("href");
            assertTrue(href.startsWith("/documenten/midden-groningen-2021-jaarrekening-dienstverlening#sectie-"), href);
        }
        String anchor = rows.get(0).selectFirst("td a").attr("href");
        Document report = page(anchor.substring(0, anchor.indexOf('#')));
        Element section = report.getElementById(anchor.substring(anchor.indexOf('#') + 1));
        assertNotNull(section, "the report page has the section " + anchor);
        assertNotNull(section.selectFirst("table.figures td a:containsOwn(€ 1.311.000)"), "the section lists the figures taken from it");
    }

    @Test
    void theDataBehindTheChartsIsLinkedAsJsonCsvAndSparql() throws Exception {
        Document page = page("/gemeenten/GM1952?jaar=2021");
        assertNotNull(page.selectFirst("a[href=/api/v1/budget-figures?municipality=GM1952&year=2021][type=application/json]"));
        assertNotNull(page.selectFirst("a[href=/api/v1/budget-figures.csv?municipality=GM1952&year=2021][type=text/csv]"));
        HttpResponse<String> json = get("/api/v1/budget-figures?municipality=GM1952&year=2021", "application/json");
        assertEquals(200, json.statusCode(), "the linked API answers");
        assertTrue(json.body().contains("1311000"), "with the figures the page shows");
        Element sparql = page.selectFirst(".data-links pre code");
        assertTrue(sparql.text().contains("\"GM1952\""), sparql.text());
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(site.url("/sparql")))
                .header("Accept", "text/csv").header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(sparql.text())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), "the shown query runs as it is");
        assertTrue(answer.body().contains("1311000"), "and gives the figures the page shows");
    }

    @Test
    void theCatalogPageListsTheDatasetsWithTheirDownloads() throws Exception {
        Document page = page("/catalogus");
        Element dataset = page.selectFirst("article.dataset:has(h2:containsOwn(Jaarrekening 2021 Midden-Groningen))");
        assertNotNull(dataset);
        assertNotNull(dataset.selectFirst("a[href^=/download/midden-groningen-2021-jaarrekening-dienstverlening/]"));
        assertNotNull(page.selectFirst("a[href=/catalog]"));
    }

    @Test
    void searchFindsSectionsAndLinksToThem() throws Exception {
        Document page = page("/zoeken?q=klanttevredenheid");
        Element hit = page.selectFirst("ol.hits a[href^=/documenten/zoetermeer-2021-jaarstukken-dienstverlening#sectie-]");
        assertNotNull(hit, page.select("main").text());
    }

    @Test
    void searchTakesLuceneSyntaxAsPlainWords() throws Exception {
        assertEquals(200, get("/zoeken?q=%22%2B(%20AND%20*", HTML).statusCode());
    }

    @Test
    void anUnknownMunicipalityIsA404PageForBrowsersAndAProblemForOthers() throws Exception {
        HttpResponse<String> browser = get("/gemeenten/GM9999", HTML);
        assertEquals(404, browser.statusCode());
        assertEquals("nl", Jsoup.parse(browser.body()).selectFirst("html").attr("lang"));
        HttpResponse<String> client = get("/gemeenten/GM9999", "application/json");
        assertEquals(404, client.statusCode());
        assertTrue(client.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void aYearThatIsNotAYearIsA400() throws Exception {
        assertEquals(400, get("/gemeenten/GM0637?jaar=twintig", HTML).statusCode());
        assertEquals(400, get("/gemeenten/GM0637?jaar=twintig", "application/json").statusCode());
    }

    @Test
    void aYearWithoutFiguresIsA404ThatOffersTheYearsThereAre() throws Exception {
        HttpResponse<String> response = get("/gemeenten/GM0637?jaar=1999", HTML);
        assertEquals(404, response.statusCode());
        assertNotNull(Jsoup.parse(response.body()).selectFirst("nav.years a[href=/gemeenten/GM0637?jaar=2021]"));
    }

    @Test
    void anUnknownOrImpossibleDocumentIsA404() throws Exception {
        assertEquals(404, get("/documenten/bestaat-niet", HTML).statusCode());
        assertEquals(404, get("/documenten/..%2F..%2Fetc", HTML).statusCode());
    }

    @Test
    void aLowerCaseMunicipalityCodeRedirectsToTheCanonicalPage() throws Exception {
        HttpResponse<String> response = get("/gemeenten/gm0637?jaar=2021", HTML);
        assertEquals(301, response.statusCode());
        assertEquals("/gemeenten/GM0637?jaar=2021", response.headers().firstValue("Location").orElse(""));
    }
}
