package nl.openbaar.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import nl.openbaar.api.staff.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The staff pages over plain HTTP: the session cookie, CSRF on every POST, sign-in and sign-out, roles, the dashboard. */
class StaffPagesTest {
    private static PublicSite site;

    @BeforeAll
    static void start() {
        site = PublicSite.get();
    }

    private static StaffClient.StaffCookie sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().map(StaffClient.StaffCookie::parse)
                .filter(c -> c.name().equals(StaffClient.StaffCookie.NAME)).findFirst().orElseThrow(() -> new AssertionError("no session cookie"));
    }

    @Test
    void theStaffPagesSendAnUnsignedVisitorToTheSignInPage() {
        HttpResponse<String> answer = new StaffClient(site).get("/beheer/verzoeken");
        assertEquals(303, answer.statusCode());
        assertEquals("/beheer/aanmelden", answer.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void theSessionCookieIsHttpOnlySameSiteStrictForBeheerOnlyAndNotSecureOverPlainHttp() {
        StaffClient.StaffCookie cookie = sessionCookie(new StaffClient(site).get("/beheer/aanmelden"));
        assertTrue(cookie.attributes().containsKey("httponly"), cookie.toString());
        assertEquals("Strict", cookie.attributes().get("samesite"));
        assertEquals("/beheer", cookie.attributes().get("path"));
        assertFalse(cookie.attributes().containsKey("secure"), "a Secure cookie would not come back over plain HTTP");
        assertTrue(cookie.value().length() >= 43, "the id is 256 random bits: " + cookie.value());
    }

    @Test
    void theSessionCookieIsSecureWhenTheBrowserCameOverHttps() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(site.url("/beheer/aanmelden")))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(sessionCookie(answer).attributes().containsKey("secure"));
    }

    @Test
    void signingInStartsANewSessionAndIsAudited() throws Exception {
        StaffClient client = new StaffClient(site);
        client.get("/beheer/aanmelden");
        String before = client.cookie();
        HttpResponse<String> answer = client.post("/beheer/aanmelden", Map.of("token", site.token(Role.PUBLISHER)));
        assertEquals(303, answer.statusCode());
        assertNotEquals(before, client.cookie(), "the id known before sign-in must not be the signed-in session");
        assertEquals(200, client.get("/beheer").statusCode());
        String audit = Files.readString(site.dataDirectory().resolve("staff/audit.jsonl"), StandardCharsets.UTF_8);
        assertTrue(audit.contains("\"action\":\"staff.sign-in\""), audit);
        StaffClient stolen = new StaffClient(site);
        stolen.useCookie(before);
        assertEquals(303, stolen.get("/beheer").statusCode(), "the pre-sign-in id signs nobody in");
    }

    @Test
    void anUnknownTokenIsRefusedWithoutASession() {
        StaffClient client = new StaffClient(site);
        client.get("/beheer/aanmelden");
        HttpResponse<String> answer = client.post("/beheer/aanmelden", Map.of("token", "obs_geraden"));
        assertEquals(401, answer.statusCode());
        assertTrue(Jsoup.parse(answer.body()).text().contains("niet bekend"));
        assertEquals(303, client.get("/beheer").statusCode());
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() {
        StaffClient client = StaffClient.signedIn(site, site.adminToken());
        HttpResponse<String> answer = client.postExactly("/beheer/afmelden", Map.of(), site.origin());
        assertEquals(403, answer.statusCode());
        assertEquals(200, client.get("/beheer").statusCode(), "the refused sign-out changed nothing");
    }

    @Test
    void aPostWithAWrongCsrfTokenIsRefused() {
        StaffClient client = StaffClient.signedIn(site, site.adminToken());
        client.get("/beheer");
        HttpResponse<String> answer = client.postExactly("/beheer/afmelden", Map.of("csrf", client.csrf() + "x"), site.origin());
        assertEquals(403, answer.statusCode());
        assertEquals(200, client.get("/beheer").statusCode());
    }

    @Test
    void aPostFromAnotherOriginIsRefusedEvenWithTheToken() {
        StaffClient client = StaffClient.signedIn(site, site.adminToken());
        client.get("/beheer");
        HttpResponse<String> answer = client.postExactly("/beheer/afmelden", Map.of("csrf", client.csrf()), "https://elders.example");
        assertEquals(403, answer.statusCode());
        assertEquals(200, client.get("/beheer").statusCode());
    }

    @Test
    void theSignInFormItselfNeedsItsCsrfToken() {
        StaffClient client = new StaffClient(site);
        client.get("/beheer/aanmelden");
        HttpResponse<String> answer = client.postExactly("/beheer/aanmelden", Map.of("token", site.adminToken()), site.origin());
        assertEquals(403, answer.statusCode());
    }

    @Test
    void signingOutEndsTheSession() {
        StaffClient client = StaffClient.signedIn(site, site.adminToken());
        client.get("/beheer");
        String session = client.cookie();
        HttpResponse<String> answer = client.post("/beheer/afmelden", Map.of());
        assertEquals(303, answer.statusCode());
        StaffClient replay = new StaffClient(site);
        replay.useCookie(session);
        assertEquals(303, replay.get("/beheer").statusCode());
    }

    @Test
    void aPublisherMayNotOpenTheRequestDashboard() {
        StaffClient client = StaffClient.signedIn(site, site.token(Role.PUBLISHER));
        assertEquals(403, client.get("/beheer/verzoeken").statusCode());
        assertEquals(200, client.get("/beheer/publicaties").statusCode());
    }

    @Test
    void theDashboardListsOpenRequestsByDeadlineWithTheOverdueMarked() {
        StaffClient client = StaffClient.signedIn(site, site.token(Role.WOO_OFFICER));
        Document page = Jsoup.parse(client.get("/beheer/verzoeken").body());
        List<Element> rows = page.select("#verzoeken tbody tr");
        assertEquals(site.overdueRequest, rows.get(0).selectFirst("th").text(), "the open request comes first");
        assertTrue(rows.get(0).hasClass("overdue"), rows.get(0).outerHtml());
        assertTrue(rows.get(0).text().contains("te laat"), rows.get(0).text());
        Element decided = rows.stream().filter(r -> r.selectFirst("th").text().equals(site.decidedRequest)).findFirst().orElseThrow();
        assertFalse(decided.hasClass("overdue"));
    }

    @Test
    void aDecisionWithItsInventoryIsEnteredThroughTheForm() {
        StaffClient client = StaffClient.signedIn(site, site.token(Role.WOO_OFFICER));
        client.get("/beheer/verzoeken");
        HttpResponse<String> answer = client.post("/beheer/verzoeken/onbekend/besluit", Map.of("datum", "2025-02-20", "uitkomst", "openbaarmaking"));
        assertEquals(404, answer.statusCode());
        String id = new StaffApi(site.origin(), site.adminToken()).request("2025-02-10", "Verzoek over het zwembad", "Piet", "piet@example.org");
        client.get("/beheer/verzoeken/" + id);
        answer = client.post("/beheer/verzoeken/" + id + "/besluit", Map.of("datum", "2025-02-20", "uitkomst", "gedeeltelijke-openbaarmaking", "organisatie", "GM0363",
                "doc1-titel", "Offerte zwembad", "doc1-beoordeling", "deels openbaar", "doc1-gronden", "5.1.2e",
                "doc2-titel", "Verslag overleg", "doc2-beoordeling", "openbaar"));
        assertEquals(303, answer.statusCode());
        Document page = Jsoup.parse(client.get("/beheer/verzoeken/" + id).body());
        assertTrue(page.text().contains("Het besluit is vastgelegd met 2 documenten"), page.text());
        assertTrue(page.select("table td").eachText().contains("5.1.2e"));
        assertEquals(0, page.select("form[action$=/besluit]").size(), "a decided request has no decision form");
        assertTrue(page.text().contains("conceptpublicatie"), "the officer is told where the decision letter goes");
    }

    @Test
    void aRefusedDecisionIsShownAndChangesNothing() {
        StaffClient client = StaffClient.signedIn(site, site.token(Role.WOO_OFFICER));
        String id = new StaffApi(site.origin(), site.adminToken()).request("2025-02-11", "Verzoek over de bibliotheek", "Piet", "piet@example.org");
        client.get("/beheer/verzoeken/" + id);
        HttpResponse<String> answer = client.post("/beheer/verzoeken/" + id + "/besluit", Map.of("datum", "2025-02-01", "uitkomst", "openbaarmaking", "organisatie", "GM0363"));
        assertEquals(303, answer.statusCode());
        Document page = Jsoup.parse(client.get("/beheer/verzoeken/" + id).body());
        assertNotNull(page.selectFirst("[role=alert]"), "the refusal is shown");
        assertEquals(1, page.select("form[action$=/besluit]").size(), "still undecided");
    }

    /** Every staff page that shows the planted publication's title or the planted request's subject. */
    @Test
    void plantedMarkupIsShownAsTextOnTheStaffPages() {
        StaffClient client = StaffClient.signedIn(site, site.adminToken());
        Escaping.assertShownAsText(client.get("/beheer/publicaties").body(), PublicSite.PLANTED_WOO_TITLE, "/beheer/publicaties");
        Escaping.assertShownAsText(client.get("/beheer/publicaties/" + site.plantedPublication).body(), PublicSite.PLANTED_WOO_TITLE, "publication");
        Escaping.assertShownAsText(client.get("/beheer/verzoeken").body(), PublicSite.PLANTED_SUBJECT, "/beheer/verzoeken");
        String request = client.get("/beheer/verzoeken/" + site.decidedRequest).body();
        Escaping.assertShownAsText(request, PublicSite.PLANTED_SUBJECT, "request");
        Escaping.assertShownAsText(request, PublicSite.PLANTED_WOO_TITLE, "request inventory");
    }
}
