package nl.openbaar.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The public pages of the Woo register over plain HTTP: what they show, their filters, and what they never show. */
class WooPagesTest {
    private static PublicSite site;

    @BeforeAll
    static void start() {
        site = PublicSite.get();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(site.url(path))).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Document page(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), path);
        return Jsoup.parse(response.body());
    }

    static List<String> wooPages() {
        PublicSite s = PublicSite.get();
        return List.of("/woo", "/woo/publicaties/" + s.plantedPublication, "/woo/publicaties/" + s.withdrawnPublication, "/woo/verzoeken",
                "/woo/cijfers");
    }

    @ParameterizedTest
    @MethodSource("wooPages")
    void everyWooPageIsDutchWithTheLayoutAndTheRegisterCurrentInTheMenu(String path) throws Exception {
        Document page = page(path);
        assertEquals("nl", page.selectFirst("html").attr("lang"));
        assertEquals(1, page.select("h1").size());
        assertEquals("/woo", page.selectFirst("nav[aria-label=Hoofdmenu] a[aria-current=page]").attr("href"));
    }

    @Test
    void theRegisterListsThePublishedPublicationsAndTheHarvestedReports() throws Exception {
        Document page = page("/woo");
        assertNotNull(page.selectFirst("a[href=/woo/publicaties/" + site.plantedPublication + "]"));
        assertTrue(page.select(".results li").size() > 2, "the harvested reports are in the register too");
    }

    @Test
    void aWordOfTheFileTextFindsThePublication() throws Exception {
        Document page = page("/woo?q=Zuidas");
        assertEquals(List.of("/woo/publicaties/" + site.plantedPublication), page.select(".results a").eachAttr("href"));
        assertEquals("Zuidas", page.selectFirst("#woo-q").val(), "the search stays in the form");
    }

    @Test
    void theCategoryFilterKeepsOnlyThatCategory() throws Exception {
        assertTrue(page("/woo?categorie=infocat011").select(".results a").eachAttr("href").contains("/woo/publicaties/" + site.withdrawnPublication));
        assertFalse(page("/woo?categorie=infocat011").select(".results a").eachAttr("href").contains("/woo/publicaties/" + site.plantedPublication));
        assertTrue(page("/woo?categorie=infocat011").selectFirst("option[value=infocat011]").hasAttr("selected"));
    }

    @Test
    void theDateFilterLeavesOutWhatWasPublishedBefore() throws Exception {
        assertTrue(page("/woo?van=2000-01-01").select(".results a").eachAttr("href").contains("/woo/publicaties/" + site.plantedPublication));
        assertFalse(page("/woo?van=2999-01-01").select(".results a").eachAttr("href").contains("/woo/publicaties/" + site.plantedPublication));
        assertFalse(page("/woo?tot=2000-01-01").select(".results a").eachAttr("href").contains("/woo/publicaties/" + site.plantedPublication));
    }

    @Test
    void aBadDateOrCategoryIsA400Page() throws Exception {
        assertEquals(400, get("/woo?van=gisteren").statusCode());
        assertEquals(400, get("/woo?categorie=bestaat-niet").statusCode());
    }

    @Test
    void thePublicationPageShowsTheDiwooMetadataAndTheFiles() throws Exception {
        Document page = page("/woo/publicaties/" + site.plantedPublication);
        String text = page.text();
        assertTrue(text.contains("Informatiecategorie"), text);
        assertNotNull(page.selectFirst("a[href=/woo/diwoo/" + site.plantedPublication + ".xml]"));
        assertNotNull(page.selectFirst("a[href^=/api/v1/publications/" + site.plantedPublication + "/files/]:contains(nota.pdf)"));
        assertTrue(text.contains("gepubliceerd"));
    }

    @Test
    void aWithdrawnPublicationShowsItsReasonAndNoDownload() throws Exception {
        Document page = page("/woo/publicaties/" + site.withdrawnPublication);
        assertTrue(page.selectFirst(".notice").text().startsWith("Ingetrokken"), page.selectFirst(".notice").text());
        assertTrue(page.selectFirst(".notice").text().contains("Reden:"));
        assertTrue(page.select("a[href*=/files/]").isEmpty(), "no download link once withdrawn");
        assertTrue(page.text().contains("besluit.pdf (niet meer beschikbaar)"));
    }

    @Test
    void anUnknownPublicationIsA404Page() throws Exception {
        HttpResponse<String> response = get("/woo/publicaties/pub-bestaat-niet");
        assertEquals(404, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    }

    @Test
    void theRequestListShowsStatusAndDatesButNeverTheRequester() throws Exception {
        Document page = page("/woo/verzoeken");
        String text = page.text();
        assertTrue(page.select("tbody th").eachText().containsAll(List.of(site.decidedRequest, site.overdueRequest)));
        assertTrue(text.contains("besluit genomen"), text);
        assertTrue(text.contains("6 januari 2025"), "the received date in Dutch");
        assertFalse(page.html().contains(PublicSite.REQUESTER_NAME), "the requester's name is private");
        assertFalse(page.html().contains(PublicSite.REQUESTER_EMAIL), "the requester's e-mail is private");
        assertNotNull(page.selectFirst("a[href=/api/v1/woo-requests/" + site.decidedRequest + "/inventory.csv]"));
    }

    @Test
    void theAnnualFiguresAreATableTheChartIsDrawnFrom() throws Exception {
        Document page = page("/woo/cijfers");
        assertNotNull(page.selectFirst("table#woo-aantallen[data-chart] tbody th:contains(2025)"));
        assertNotNull(page.selectFirst("[data-chart-for=woo-aantallen]"));
        assertNotNull(page.selectFirst("script[src=/vendor/chartjs/chart.umd.min.js]"));
        assertNotNull(page.selectFirst("a[href=/api/v1/woo-statistics.csv]"));
    }

    static List<String[]> pagesWithPlantedWooMetadata() {
        PublicSite s = PublicSite.get();
        return List.of(new String[] {"/woo", PublicSite.PLANTED_WOO_TITLE}, new String[] {"/woo?q=Zuidas", PublicSite.PLANTED_WOO_TITLE},
                new String[] {"/woo/publicaties/" + s.plantedPublication, PublicSite.PLANTED_WOO_TITLE},
                new String[] {"/woo/publicaties/" + s.plantedPublication, PublicSite.PLANTED},
                new String[] {"/woo/verzoeken", PublicSite.PLANTED_SUBJECT});
    }

    @ParameterizedTest
    @MethodSource("pagesWithPlantedWooMetadata")
    void plantedMarkupInWooMetadataIsShownAsText(String path, String planted) throws Exception {
        Escaping.assertShownAsText(get(path).body(), planted, path);
    }

    @Test
    void aSearchForMarkupEchoesItAsText() throws Exception {
        String path = "/woo?q=" + URLEncoder.encode(PublicSite.PLANTED, StandardCharsets.UTF_8);
        Escaping.assertShownAsText(get(path).body(), PublicSite.PLANTED, path);
    }
}
