package nl.openbaar.api.web;

import nl.openbaar.api.woo.TestDocuments;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The staff pages in headless Chromium: a publisher uploads a PDF with a burgerservicenummer and an e-mail address,
 * reviews the findings, is refused publishing, uploads a redacted version, resolves the remaining finding as a false
 * positive and publishes. Every staff page type has no WCAG 2.1 AA violation and requests nothing outside the server.
 */
class StaffFlowBrowserTest {
    @TempDir
    static Path profile;
    @TempDir
    static Path files;
    private static ChromeDriver browser;
    private static PublicSite site;
    private static String conceptWithFindings;

    @BeforeAll
    static void start() {
        browser = BrowserSession.start(profile);
        site = PublicSite.get();
        conceptWithFindings = new StaffApi(site.origin(), site.adminToken()).concept("Brief met een BSN", null, "infocat015", "brief.pdf",
                TestDocuments.pdf("Aan de heer Jansen, BSN " + TestDocuments.BSN + ".\nVragen? Mail naar j.jansen@example.org"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static void signIn(String token) {
        browser.manage().deleteAllCookies();
        browser.get(site.url("/beheer/aanmelden"));
        browser.findElement(By.id("token")).sendKeys(token);
        browser.findElement(By.cssSelector("form[action='/beheer/aanmelden'] button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/beheer"));
    }

    private static void submit(WebElement form) {
        WebElement button = form.findElement(By.cssSelector("button[type=submit]"));
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"))
                && !d.findElements(By.tagName("h1")).isEmpty());
    }

    private static String message() {
        List<WebElement> notices = browser.findElements(By.cssSelector(".notice[role=status], .notice[role=alert]"));
        return notices.isEmpty() ? "" : notices.get(0).getText();
    }

    private static Path pdf(String name, String text) throws Exception {
        Path file = files.resolve(name);
        Files.write(file, TestDocuments.pdf(text));
        return file;
    }

    @Test
    void uploadReviewTheFindingsAndPublish() throws Exception {
        signIn(site.token(nl.openbaar.api.staff.Role.PUBLISHER));
        browser.get(site.url("/beheer/publicaties/nieuw"));
        browser.findElement(By.id("titel")).sendKeys("Besluit op de subsidieaanvraag van de voetbalvereniging");
        browser.findElement(By.id("organisatie")).sendKeys("GM0363");
        browser.findElement(By.id("bestand")).sendKeys(pdf("besluit.pdf",
                "Besluit subsidie voetbalvereniging.\nAanvrager: BSN " + TestDocuments.BSN + "\nContact: secretaris@voetbal.example.org").toString());
        submit(browser.findElement(By.cssSelector("form[action='/beheer/publicaties']")));

        String publication = browser.getCurrentUrl();
        assertTrue(message().contains("2 bevindingen"), message());
        List<WebElement> findings = browser.findElements(By.cssSelector("section.doc-section tbody tr"));
        assertEquals(2, findings.size());
        String table = browser.findElement(By.cssSelector("section.doc-section table")).getText();
        assertFalse(table.contains(TestDocuments.BSN), "a finding shows a masked value, never the number");
        assertTrue(table.contains("alleen op te lossen met een geanonimiseerde versie"), table);

        submit(browser.findElement(By.cssSelector("form[action$='/publiceren']")));
        assertTrue(browser.findElement(By.cssSelector(".notice[role=alert]")).getText().startsWith("Niet gelukt"), message());
        assertEquals("concept", browser.findElement(By.id("status")).getText());

        browser.findElement(By.id("versie-f1")).sendKeys(pdf("besluit-geanonimiseerd.pdf",
                "Besluit subsidie voetbalvereniging.\nAanvrager: [weggelakt]\nContact: secretaris@voetbal.example.org").toString());
        submit(browser.findElement(By.cssSelector("form[action$='/bestanden/f1']")));
        assertTrue(message().contains("1 bevinding"), message());
        assertTrue(browser.findElement(By.cssSelector("section.doc-section h3")).getText().contains("versie 2"));

        WebElement resolve = browser.findElement(By.cssSelector("form[action*='/bevindingen/']"));
        resolve.findElement(By.name("reden")).sendKeys("Algemeen adres van de vereniging, geen persoon");
        submit(resolve);
        assertTrue(message().contains("afgehandeld"), message());

        submit(browser.findElement(By.cssSelector("form[action$='/publiceren']")));
        assertTrue(message().contains("gepubliceerd"), message());
        assertEquals("gepubliceerd", browser.findElement(By.id("status")).getText());

        String id = publication.substring(publication.lastIndexOf('/') + 1);
        browser.get(site.url("/woo/publicaties/" + id));
        assertEquals("Besluit op de subsidieaanvraag van de voetbalvereniging", browser.findElement(By.tagName("h1")).getText());
        WebElement download = browser.findElement(By.cssSelector("a[href*='/files/f1']"));
        assertEquals("besluit-geanonimiseerd.pdf", download.getText(), "the redacted version is the one published");
    }

    static List<String> staffPages() {
        PublicSite s = PublicSite.get();
        return List.of("/beheer/aanmelden", "/beheer", "/beheer/publicaties", "/beheer/publicaties/nieuw",
                "/beheer/publicaties/" + s.plantedPublication, "concept-with-findings", "/beheer/verzoeken",
                "/beheer/verzoeken/" + s.overdueRequest, "/beheer/verzoeken/" + s.decidedRequest);
    }

    private static void open(String page) {
        if (page.equals("/beheer/aanmelden")) {
            browser.manage().deleteAllCookies();
            browser.get(site.url(page));
        } else {
            signIn(site.adminToken());
            browser.get(site.url(page.equals("concept-with-findings") ? "/beheer/publicaties/" + conceptWithFindings : page));
        }
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    @ParameterizedTest
    @MethodSource("staffPages")
    void axeFindsNoWcag21AaViolation(String page) {
        open(page);
        assertEquals(List.of(), AxeRunner.violations(browser), page);
    }

    @ParameterizedTest
    @MethodSource("staffPages")
    void requestsNothingOutsideTheServer(String page) {
        open(page);
        assertEquals(List.of(), OutsideRequests.outside(browser, site.origin()), page + " requested " + OutsideRequests.requested(browser));
    }
}
