package nl.openbaar.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Someone without a mouse: Tab reaches the skip link first, the main controls next, and every focus is visible. */
class KeyboardBrowserTest {
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

    private static WebElement focused() {
        return browser.switchTo().activeElement();
    }

    private static void tab() {
        new Actions(browser).sendKeys(Keys.TAB).perform();
    }

    /** A short description of the focused element: tag, then id, href or name. */
    private static String describe(WebElement e) {
        String href = e.getAttribute("href");
        return e.getTagName() + (e.getAttribute("id") != null && !e.getAttribute("id").isEmpty() ? "#" + e.getAttribute("id") : "")
                + (href != null ? " " + href.replace(site.origin(), "") : "") + (e.getAttribute("name") != null && !e.getAttribute("name").isEmpty() ? " " + e.getAttribute("name") : "");
    }

    private static List<String> tabOrder(int steps) {
        List<String> order = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            tab();
            order.add(describe(focused()));
        }
        return order;
    }

    @Test
    void theSkipLinkComesFirstAndMovesFocusToTheContent() {
        browser.get(site.url("/gemeenten/GM0637?jaar=2021"));
        tab();
        WebElement skip = focused();
        assertEquals("Direct naar de inhoud", skip.getText());
        assertTrue(skip.isDisplayed(), "the skip link shows when focused");
        skip.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> "inhoud".equals(focused().getAttribute("id")));
        tab();
        WebElement next = focused();
        assertTrue((Boolean) ((JavascriptExecutor) browser).executeScript(
                "return document.getElementById('inhoud').contains(arguments[0])", next),
                "after the skip link, Tab continues inside the content, not in the menu: " + describe(next));
    }

    @Test
    void onTheHomePageTabReachesTheMenuTheSearchBoxItsButtonAndTheMunicipalities() {
        browser.get(site.url("/"));
        List<String> order = tabOrder(12);
        assertEquals("a /#inhoud", order.get(0), "the skip link first: " + order);
        assertTrue(order.contains("a /catalogus"), order.toString());
        int search = order.indexOf("input#zoekterm q");
        assertTrue(search > 0, order.toString());
        assertEquals("button", order.get(search + 1).split(" ")[0], "the search button follows the search box: " + order);
        assertTrue(order.get(search + 2).startsWith("a /gemeenten/"), "then the municipalities: " + order);
    }

    @Test
    void onAMunicipalityPageTabReachesTheYearsAndTheSourceLinks() {
        browser.get(site.url("/gemeenten/GM1952?jaar=2021"));
        List<String> order = tabOrder(14);
        assertTrue(order.stream().anyMatch(s -> s.equals("a /gemeenten/GM1952?jaar=2021")), order.toString());
        assertTrue(order.stream().anyMatch(s -> s.startsWith("a /documenten/midden-groningen-2021-jaarrekening-dienstverlening#sectie-")),
                order.toString());
    }

    @Test
    void onTheWooRegisterTabReachesTheFiltersInOrderThenTheButtonAndTheResults() {
        browser.get(site.url("/woo"));
        // a date field takes one Tab per part (day, month, year) in Chromium: count each field once
        List<String> order = new ArrayList<>();
        for (String step : tabOrder(24)) {
            if (order.isEmpty() || !order.get(order.size() - 1).equals(step)) {
                order.add(step);
            }
        }
        int words = order.indexOf("input#woo-q q");
        assertTrue(words > 0, order.toString());
        assertEquals(List.of("select#woo-categorie categorie", "input#woo-van van", "input#woo-tot tot"),
                List.of(order.get(words + 1), order.get(words + 2), order.get(words + 3)), order.toString());
        assertEquals("button", order.get(words + 4).split(" ")[0], order.toString());
        assertTrue(order.stream().anyMatch(s -> s.startsWith("a /woo/publicaties/")), "the results are reachable: " + order);
    }

    @Test
    void theKeyboardFocusIsVisible() {
        browser.get(site.url("/"));
        tab();
        tab();
        WebElement link = focused();
        String outline = link.getCssValue("outline-style");
        String shadow = link.getCssValue("box-shadow");
        assertTrue(!"none".equals(outline) || !"none".equals(shadow), "focused " + describe(link) + " has no outline or shadow");
        assertNotEquals("0px", link.getCssValue("outline-width"));
    }
}
