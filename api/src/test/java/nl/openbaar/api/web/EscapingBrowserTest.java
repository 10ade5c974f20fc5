package nl.openbaar.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A report whose title and programme hold markup ({@code <script>}, an {@code <img onerror>}): every page that shows
 * that metadata shows it as text, and the browser runs none of it.
 */
class EscapingBrowserTest {
    @TempDir
    static Path profile;
    private static ChromeDriver browser;
    private static PublicSite site;

    @BeforeAll
    static void start() {
        site = PublicSite.get();
        browser = BrowserSession.start(profile);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Every page type that shows the planted report's title. */
    static List<String> pagesWithThePlantedTitle() {
        return List.of("/gemeenten/" + PublicSite.PLANTED_MUNICIPALITY + "?jaar=2021", "/documenten/" + PublicSite.PLANTED_ID,
                "/catalogus", "/zoeken?q=klanttevredenheid");
    }

    private static String html(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(site.url(path)))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    @ParameterizedTest
    @MethodSource("pagesWithThePlantedTitle")
    void theTitleIsShownAsTextNotMarkup(String path) throws Exception {
        Escaping.assertShownAsText(html(path), PublicSite.PLANTED_TITLE, path);
    }

    @Test
    void theProgrammeIsShownAsTextNotMarkup() throws Exception {
        String path = "/gemeenten/" + PublicSite.PLANTED_MUNICIPALITY + "?jaar=2021";
        Escaping.assertShownAsText(html(path), PublicSite.PLANTED_PROGRAMME, path);
    }

    @Test
    void aSearchForMarkupEchoesItAsText() throws Exception {
        String path = "/zoeken?q=" + URLEncoder.encode(PublicSite.PLANTED, StandardCharsets.UTF_8);
        Escaping.assertShownAsText(html(path), PublicSite.PLANTED, path);
    }

    /** Every public page type that shows the planted Woo publication's metadata or the planted request's subject. */
    static List<String> pagesWithPlantedWooMetadata() {
        return List.of("/woo", "/woo?q=Zuidas", "/woo/publicaties/" + PublicSite.get().plantedPublication, "/woo/verzoeken");
    }

    @ParameterizedTest
    @MethodSource("pagesWithPlantedWooMetadata")
    void theBrowserRunsNoneOfTheWooMetadata(String path) {
        theBrowserRunsNoneOfIt(path);
    }

    @ParameterizedTest
    @MethodSource("pagesWithThePlantedTitle")
    void theBrowserRunsNoneOfIt(String path) {
        browser.get(site.url(path));
        assertTrue(browser.getPageSource().contains("&lt;script&gt;window.planted"), "the page shows the markup as text");
        assertNull(((JavascriptExecutor) browser).executeScript("return window.planted === undefined ? null : window.planted;"), path);
    }
}
