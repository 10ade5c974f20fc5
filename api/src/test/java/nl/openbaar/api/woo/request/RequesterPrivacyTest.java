package nl.openbaar.api.woo.request;

import static nl.openbaar.api.rest.Contract.given;
import static nl.openbaar.api.rest.Contract.givenBadInput;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.openbaar.api.BundledStore;
import nl.openbaar.api.OpenbaarServer;
import nl.openbaar.api.linkeddata.CatalogHandler;
import nl.openbaar.api.sparql.QueryLimits;
import nl.openbaar.api.staff.Role;
import nl.openbaar.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance 4: a planted requester (name, e-mail, phone, address, and private notes and reasons that name them) never
 * appears in any public output. The test walks everything public it can find: every GET path of openapi.yaml (as JSON
 * and CSV, with the planted request's id), SPARQL over all graphs, the catalog, linked-data pages, robots.txt,
 * sitemaps and the pages that exist, and finally the bytes of the triple store on disk.
 */
class RequesterPrivacyTest {
    private static final String NAME = "Zwaantje Privé-Kwakkelstein";
    private static final String EMAIL = "zwaantje.kwakkelstein@verborgen.example";
    private static final String PHONE = "0612345678";
    private static final String ADDRESS = "Geheimstraat 13, Hilversum";
    /** What must never be found, lower case; "kwakkelstein" catches the name and the e-mail in any escaping. */
    private static final List<String> SECRETS = List.of("kwakkelstein", "zwaantje", "verborgen.example", PHONE, "geheimstraat");

    @TempDir
    static Path data;
    private static TdbStore store;
    private static OpenbaarServer server;
    private static String id;
    private static String officer;

    @BeforeAll
    static void plant() {
        store = BundledStore.harvested(data.resolve("store"));
        server = new OpenbaarServer(store, BundledStore.IRIS, QueryLimits.withTimeout(Duration.ofSeconds(60)),
                CatalogHandler.DEFAULT_PAGE_SIZE, data).start("127.0.0.1", 0);
        RestAssured.port = server.port();
        officer = server.staff().tokens().create(Role.WOO_OFFICER, "Woo-coördinator").secret();
        id = staff().body(Map.of("receivedOn", "2025-09-05", "subject", "Kapvergunningen Hilversum 2024", "channel", "e-mail",
                        "requester", Map.of("name", NAME, "email", EMAIL, "phone", PHONE, "address", ADDRESS),
                        "note", "Telefonisch bevestigd met " + NAME))
                .when().post("/api/v1/woo-requests").then().statusCode(201).extract().path("request.id");
        String path = "/api/v1/woo-requests/" + id;
        staff().body(Map.of("status", "in-behandeling", "on", "2025-09-08", "note", "mail aan " + EMAIL)).when().patch(path)
                .then().statusCode(200);
        staff().body(Map.of("ground", "zienswijze", "noticeOn", "2025-09-10", "responseDueOn", "2025-09-24", "note", NAME))
                .when().post(path + "/suspensions").then().statusCode(201);
        staff().body(Map.of("endedOn", "2025-09-20", "note", "zienswijze ontvangen, " + PHONE)).when().patch(path + "/suspensions/1")
                .then().statusCode(200);
        staff().body(Map.of("announcedOn", "2025-10-01", "reason", "besproken met " + NAME + " (" + EMAIL + ")"))
                .when().put(path + "/extension").then().statusCode(200);
        staff().body(Map.of("decidedOn", "2025-10-10", "outcome", "gedeeltelijke-openbaarmaking", "note", ADDRESS, "organisation", "GM0402",
                        "documents", List.of(Map.of("number", "1", "title", "Kapvergunning", "judgement", "openbaar"),
                                Map.of("number", "2", "title", "Brief", "judgement", "deels openbaar", "grounds", List.of("5.1.2e")))))
                .when().post(path + "/decision").then().statusCode(201);
        staff().body(Map.of("receivedOn", "2025-11-03", "subject", "Tweede verzoek", "channel", "post",
                "requester", Map.of("name", NAME, "email", EMAIL))).when().post("/api/v1/woo-requests").then().statusCode(201);
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static io.restassured.specification.RequestSpecification staff() {
        return given().header("Authorization", "Bearer " + officer).contentType(ContentType.JSON);
    }

    private static void assertClean(String where, String body) {
        String lower = body.toLowerCase(Locale.ROOT);
        for (String secret : SECRETS) {
            assertTrue(!lower.contains(secret.toLowerCase(Locale.ROOT)), where + " reveals '" + secret + "'");
        }
    }

    /**
     * The contract's addresses are visited deliberately with odd input (an unknown pageSize, a request id where a file
     * id belongs), so only their answers are held to the contract; SPARQL, linked data and pages are not part of it.
     */
    private static io.restassured.specification.RequestSpecification outside(String path) {
        boolean contract = path.startsWith("/api/") || path.startsWith("/woo/") || path.equals("/robots.txt");
        return contract ? givenBadInput() : RestAssured.given();
    }

    /** GETs a public address; when it answers, its body must be clean. Returns the status. */
    private static int visit(String path, String accept, Set<String> answered) {
        Response response = outside(path).urlEncodingEnabled(false).accept(accept).when().get(path);
        assertClean(path + " (" + accept + ")", response.asString());
        if (response.statusCode() == 200) {
            answered.add(path);
        }
        return response.statusCode();
    }

    @Test
    void thePlantedRequesterIsReallyStoredForStaff() {
        // the control: without it the searches below could pass because nothing was planted
        staff().when().get("/api/v1/staff/woo-requests/" + id).then().statusCode(200)
                .body("requester.name", equalTo(NAME)).body("requester.email", equalTo(EMAIL));
    }

    @Test
    void noPublicApiPathOfTheContractRevealsTheRequester() throws IOException {
        String openapi = RestAssured.given().when().get("/openapi.yaml").then().statusCode(200).extract().asString();
        List<String> paths = getPaths(openapi);
        assertTrue(paths.size() >= 10, "found only " + paths);
        Set<String> answered = new LinkedHashSet<>();
        for (String template : paths) {
            String path = template.replace("{id}", id).replace("{name}", "missed-targets");
            path = path.replaceAll("\\{[^}]+}", id);
            if (path.startsWith("/api/v1/staff/")) {
                assertTrue(givenBadInput().when().get(path).statusCode() == 401, path + " answers without a staff token");
                continue;
            }
            String paged = path + (path.contains("?") ? "&" : "?") + "pageSize=1000";
            visit(paged, "application/json", answered);
            visit(paged, "text/csv", answered);
        }
        for (String needed : List.of("/api/v1/woo-requests?pageSize=1000", "/api/v1/woo-requests/" + id + "?pageSize=1000",
                "/api/v1/woo-requests/" + id + "/inventory?pageSize=1000", "/api/v1/woo-statistics?pageSize=1000")) {
            assertTrue(answered.contains(needed), needed + " was not served; served: " + answered);
        }
    }

    @Test
    void sparqlOverAllGraphsNeverRevealsTheRequester() {
        for (String secret : SECRETS) {
            String query = "SELECT ?g ?s ?p ?o WHERE { { GRAPH ?g { ?s ?p ?o } } UNION { ?s ?p ?o } "
                    + "FILTER(CONTAINS(LCASE(STR(?s)), \"" + secret + "\") || CONTAINS(LCASE(STR(?p)), \"" + secret + "\") "
                    + "|| CONTAINS(LCASE(STR(?o)), \"" + secret + "\")) }";
            RestAssured.given().accept("application/sparql-results+json").formParam("query", query).when().post("/sparql")
                    .then().statusCode(200).body("results.bindings.size()", equalTo(0));
        }
        String everything = RestAssured.given().accept("application/n-triples").formParam("query",
                "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }").when().post("/sparql").then().statusCode(200).extract().asString();
        assertTrue(everything.contains("WooRequest"), "the dump holds no Woo request at all");
        assertClean("SPARQL CONSTRUCT of every graph", everything);
        String rows = RestAssured.given().accept("text/csv").formParam("query", "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }").when().post("/sparql")
                .then().statusCode(200).extract().asString();
        assertClean("SPARQL SELECT of every graph", rows);
    }

    @Test
    void catalogLinkedDataSitemapsAndPagesNeverRevealTheRequester() {
        Set<String> answered = new LinkedHashSet<>();
        for (String format : List.of("text/turtle", "application/ld+json", "application/rdf+xml")) {
            visit("/catalog", format, answered);
            visit("/id/woo-request/" + id, format, answered);
            visit("/id/woo-request/" + id + "/decision", format, answered);
        }
        visit("/id/woo-request/" + id, "text/html", answered);
        List<String> more = new ArrayList<>(List.of("/", "/robots.txt", "/woo", "/woo/verzoeken", "/woo/verzoeken/" + id, "/woo/cijfers",
                "/catalogus", "/woo/sitemapindex.xml", "/openapi.yaml", "/sparql"));
        for (int i = 0; i < more.size() && i < 500; i++) {
            String path = more.get(i);
            Response response = outside(path).urlEncodingEnabled(false).when().get(path);
            assertClean(path, response.asString());
            if (response.statusCode() == 200) {
                answered.add(path);
                // follow sitemap and robots links on this server
                Matcher loc = Pattern.compile("(?:<loc>|Sitemap:\\s*)\\s*https?://[^/\\s<]+(/[^<\\s]*)").matcher(response.asString());
                while (loc.find()) {
                    if (!more.contains(loc.group(1))) {
                        more.add(loc.group(1));
                    }
                }
            }
        }
        assertTrue(answered.contains("/catalog") && answered.contains("/id/woo-request/" + id), "served: " + answered);
    }

    @Test
    void theTripleStoreOnDiskHoldsNoTraceOfTheRequester() throws IOException {
        List<byte[]> needles = new ArrayList<>();
        for (String s : List.of("Kwakkelstein", "kwakkelstein", EMAIL, PHONE, "Geheimstraat")) {
            needles.add(s.getBytes(StandardCharsets.UTF_8));
        }
        int files = 0;
        try (Stream<Path> all = Files.walk(data.resolve("store"))) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                files++;
                for (byte[] needle : needles) {
                    assertEquals(-1, indexOf(bytes, needle), file + " holds " + new String(needle, StandardCharsets.UTF_8));
                }
            }
        }
        assertTrue(files > 5, "looked at only " + files + " files");
    }

    /** The paths of openapi.yaml that have a get operation. */
    static List<String> getPaths(String openapi) {
        List<String> paths = new ArrayList<>();
        String current = null;
        for (String line : openapi.split("\n")) {
            if (line.matches("^  /\\S*:\\s*$")) {
                current = line.trim().substring(0, line.trim().length() - 1);
            } else if (!line.startsWith("  ") && !line.isBlank()) {
                current = null;
            } else if (current != null && line.matches("^    get:\\s*$")) {
                paths.add(current);
            }
        }
        return paths;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
