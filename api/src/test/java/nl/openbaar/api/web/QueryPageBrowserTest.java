package nl.openbaar.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.openbaar.api.OpenbaarServer;
import nl.openbaar.harvester.Harvester;
import nl.openbaar.harvester.source.Manifest;
import nl.openbaar.store.TdbStore;
import nl.openbaar.vocab.Iris;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A journalist opens /sparql in a browser, runs a worked example and sees its results; nothing comes from outside. */
class QueryPageBrowserTest {
    @TempDir
    static Path data;
    private static TdbStore store;
    private static OpenbaarServer server;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() {
        browser = BrowserSession.start(data.resolve("profile"));
        Iris iris = new Iris(Iris.DEFAULT_BASE);
        store = TdbStore.open(data.resolve("store"));
        Harvester harvester = new Harvester(store, iris);
        Manifest.read(Path.of("..", "datasets", "manifest.yaml")).sources().stream()
                .filter(s -> s.id().startsWith("zoetermeer")).forEach(harvester::harvest);
        server = new OpenbaarServer(store, iris, Duration.ofSeconds(30)).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void runsAWorkedExampleAndShowsItsResultsWithoutAnyOutsideRequest() {
        String origin = "http://127.0.0.1:" + server.port();
        browser.get(origin + "/sparql");
        assertEquals("nl", browser.findElement(By.tagName("html")).getAttribute("lang"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasqe")));
        browser.findElement(By.cssSelector("button[data-example='missed-targets']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".yasr"),
                "Gemiddeld rapportcijfer tevredenheid gehele dienstverlening"));
        assertTrue(browser.findElement(By.cssSelector(".yasr")).getText().contains("De oorzaak is niet bekend"));
        @SuppressWarnings("unchecked")
        List<String> requested = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; })");
        assertTrue(!requested.isEmpty());
        for (String url : requested) {
            assertTrue(url.startsWith(origin + "/"), "a request outside the server: " + url);
        }
    }
}
