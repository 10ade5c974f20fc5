package nl.openbaar.api.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.openbaar.api.OpenbaarServer;
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

/** A developer opens /api/docs and sees the API's operations in Swagger UI; nothing is loaded from another host. */
class ApiDocsBrowserTest {
    @TempDir
    static Path data;
    private static TdbStore store;
    private static OpenbaarServer server;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() {
        browser = BrowserSession.start(data.resolve("profile"));
        store = TdbStore.open(data.resolve("store"));
        server = new OpenbaarServer(store, new Iris(Iris.DEFAULT_BASE), Duration.ofSeconds(30)).start("127.0.0.1", 0);
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
    void showsTheOperationsOfTheContractWithoutAnyOutsideRequest() {
        String origin = "http://127.0.0.1:" + server.port();
        browser.get(origin + "/api/docs");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#swagger-ui"), "/api/v1/budget-figures"));
        String page = browser.findElement(By.cssSelector("#swagger-ui")).getText();
        assertTrue(page.contains("/api/v1/documents/{id}/sections"), "the sections operation is shown");
        @SuppressWarnings("unchecked")
        List<String> requested = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; })");
        assertFalse(requested.isEmpty());
        for (String url : requested) {
            assertTrue(url.startsWith(origin + "/"), "a request outside the server: " + url);
        }
    }
}
