package nl.openbaar.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page type in headless Chromium, with every host but the server unresolvable: axe-core finds no WCAG 2.1
 * A/AA violation, and the page requests nothing from outside the server.
 */
class PageTypesBrowserTest {
    /** One page of each type (charts and all); the staff pages are in {@link StaffFlowBrowserTest}, signed in. */
    static List<String> pages() {
        return List.of("/", "/zoeken?q=dienstverlening", "/gemeenten/GM0637?jaar=2021", "/gemeenten/GM1952?jaar=2021",
                "/gemeenten/GM0637?jaar=1999", "/documenten/zoetermeer-2021-jaarstukken-dienstverlening", "/catalogus",
                "/documenten/bestaat-niet", "/woo", "/woo?q=Zuidas&categorie=infocat015&van=2000-01-01",
                "/woo/publicaties/" + PublicSite.get().plantedPublication, "/woo/publicaties/" + PublicSite.get().withdrawnPublication,
                "/woo/verzoeken", "/woo/cijfers");
    }

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

    private static void open(String path) {
        browser.get(site.url(path));
        // charts are drawn when the scripts have run; axe then sees the page as a reader does
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && Array.prototype.every.call("
                        + "document.querySelectorAll('[data-chart-for]'), function (c) { return c.querySelector('canvas'); })"));
    }

    @ParameterizedTest
    @MethodSource("pages")
    void axeFindsNoWcag21AaViolation(String path) {
        open(path);
        List<String> violations = AxeRunner.violations(browser);
        assertEquals(List.of(), violations, path);
    }

    @ParameterizedTest
    @MethodSource("pages")
    void requestsNothingOutsideTheServer(String path) {
        open(path);
        List<String> requested = OutsideRequests.requested(browser);
        assertFalse(requested.isEmpty());
        assertEquals(List.of(), OutsideRequests.outside(browser, site.origin()), path + " requested " + requested);
    }

    @Test
    void axeReportsAViolationWhenThereIsOne() {
        open("/");
        ((JavascriptExecutor) browser).executeScript(
                "var i = document.createElement('img'); i.src = '/assets/site.css'; document.querySelector('main').appendChild(i);");
        List<String> violations = AxeRunner.violations(browser);
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("image-alt")), violations.toString());
    }

    @Test
    void theOutsideRequestCheckSeesARequestToAnotherHost() {
        open("/");
        ((JavascriptExecutor) browser).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch('http://elsewhere.example/x.js').catch(function () {}).finally(function () { setTimeout(done, 100); });""");
        assertTrue(OutsideRequests.outside(browser, site.origin()).stream().anyMatch(u -> u.startsWith("http://elsewhere.example/")),
                OutsideRequests.requested(browser).toString());
    }
}
