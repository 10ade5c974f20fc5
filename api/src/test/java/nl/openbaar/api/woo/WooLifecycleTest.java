package nl.openbaar.api.woo;

import static nl.openbaar.api.rest.Contract.given;
import static nl.openbaar.api.rest.Contract.givenBadInput;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import nl.openbaar.api.OpenbaarServer;
import nl.openbaar.api.linkeddata.CatalogHandler;
import nl.openbaar.api.sparql.QueryLimits;
import nl.openbaar.api.staff.Role;
import nl.openbaar.api.woo.diwoo.WooSchemas;
import nl.openbaar.store.TdbStore;
import nl.openbaar.vocab.Iris;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rest of a publication's life: false positives, corrections after publication, and sitemaps that split. */
class WooLifecycleTest {
    private static final int SITEMAP_SIZE = 2;
    private static final String METADATA = """
            {"officialTitle": "%s", "informationCategories": ["onderzoeksrapporten"], "publisher": "GM0637"}""";
    @TempDir
    static Path data;
    private static TdbStore store;
    private static OpenbaarServer server;
    private static String token;

    @BeforeAll
    static void start() {
        store = TdbStore.open(data.resolve("store"));
        server = new OpenbaarServer(store, new Iris(Iris.DEFAULT_BASE), QueryLimits.withTimeout(Duration.ofSeconds(30)),
                CatalogHandler.DEFAULT_PAGE_SIZE, new WooConfig(data, WooConfig.DEFAULT_MAX_UPLOAD, SITEMAP_SIZE)).start("127.0.0.1", 0);
        RestAssured.port = server.port();
        token = server.staff().tokens().create(Role.PUBLISHER, "Onderzoek").secret();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static String concept(String title) {
        return given().header("Authorization", "Bearer " + token).contentType("application/json").body(METADATA.formatted(title))
                .when().post("/api/v1/publications").then().statusCode(201).extract().path("id");
    }

    private static void upload(String id, String fileName, String text) {
        given().header("Authorization", "Bearer " + token).contentType("text/plain").queryParam("fileName", fileName).body(text.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/publications/" + id + "/files").then().statusCode(201);
    }

    private static void publish(String id) {
        given().header("Authorization", "Bearer " + token).when().post("/api/v1/publications/" + id + "/publish").then().statusCode(200);
    }

    @Test
    void anEmailAddressIsPublishedOnceResolvedAsAFalsePositiveWithAReason() {
        String id = concept("Rapport over de klantcontacten");
        upload(id, "rapport.txt", "Vragen kunnen naar het algemene adres info@zoetermeer.nl van de gemeente.");
        given().header("Authorization", "Bearer " + token).when().post("/api/v1/publications/" + id + "/publish").then().statusCode(409)
                .body("findings[0].kind", equalTo("email")).body("findings[0].masked", equalTo("i***@***.nl"));
        givenBadInput().header("Authorization", "Bearer " + token).contentType("application/json").body("{\"reason\":\"\"}")
                .when().post("/api/v1/publications/" + id + "/files/f1/findings/v1-1/resolution").then().statusCode(400);
        given().header("Authorization", "Bearer " + token).contentType("application/json").body("{\"reason\":\"algemeen adres van de gemeente, geen persoon\"}")
                .when().post("/api/v1/publications/" + id + "/files/f1/findings/v1-1/resolution").then().statusCode(200)
                .body("files[0].versions[0].findings[0].resolution.reason", equalTo("algemeen adres van de gemeente, geen persoon"));
        publish(id);
        given().when().get("/api/v1/publications/" + id).then().statusCode(200).body("status", equalTo("gepubliceerd"));
    }

    @Test
    void aScannedPageWithoutTextBlocksPublishingUntilAPersonHasLookedAtIt() {
        String id = concept("Ondertekend besluit, gescand");
        given().header("Authorization", "Bearer " + token).contentType("application/pdf").queryParam("fileName", "besluit.pdf")
                .body(TestDocuments.pdf("Besluit over de subsidie", "")).when().post("/api/v1/publications/" + id + "/files")
                .then().statusCode(201);
        given().header("Authorization", "Bearer " + token).when().post("/api/v1/publications/" + id + "/publish").then().statusCode(409)
                .body("findings[0].kind", equalTo("unreadable_page")).body("findings[0].page", equalTo(2));
        given().header("Authorization", "Bearer " + token).contentType("application/json").body("{\"reason\":\"bekeken: alleen een handtekening\"}")
                .when().post("/api/v1/publications/" + id + "/files/f1/findings/v1-1/resolution").then().statusCode(200);
        publish(id);
    }

    @Test
    void aCorrectedVersionReplacesThePublishedFileAndTheEarlierOneStaysInTheHistory() {
        String id = concept("Rapport over wachttijden");
        upload(id, "wachttijden.txt", "De wachttijd aan de balie was gemiddeld twaalf minuten.");
        publish(id);
        byte[] corrected = "De wachttijd aan de balie was gemiddeld veertien minuten (gecorrigeerd).".getBytes(StandardCharsets.UTF_8);
        given().header("Authorization", "Bearer " + token).contentType("text/plain").queryParam("fileName", "wachttijden.txt").queryParam("reason", "rekenfout")
                .body(corrected).when().put("/api/v1/publications/" + id + "/files/f1").then().statusCode(200);
        assertArrayEquals(corrected, given().when().get("/api/v1/publications/" + id + "/files/f1").then().statusCode(200).extract().asByteArray());
        given().when().get("/api/v1/publications/" + id).then().statusCode(200)
                .body("files[0].version", equalTo(2))
                .body("files[0].history[0].version", equalTo(1));
        given().queryParam("q", "twaalf").when().get("/api/v1/publications").then().body("items.id", not(hasItem(id)));
        given().queryParam("q", "veertien").when().get("/api/v1/publications").then().body("items.id", hasItem(id));
    }

    @Test
    void aCorrectionWithOpenFindingsIsNotServedUntilResolved() {
        String id = concept("Rapport over bereikbaarheid");
        upload(id, "bereikbaarheid.txt", "Het klantcontactcentrum is bereikbaar op werkdagen.");
        publish(id);
        given().header("Authorization", "Bearer " + token).contentType("text/plain").queryParam("fileName", "bereikbaarheid.txt")
                .body("Bel de behandelaar op 06-12345678.".getBytes(StandardCharsets.UTF_8))
                .when().put("/api/v1/publications/" + id + "/files/f1").then().statusCode(200);
        given().when().get("/api/v1/publications/" + id + "/files/f1").then().statusCode(200)
                .body(containsString("klantcontactcentrum"));
    }

    @Test
    void sitemapsHoldAtMostTheirSizeAndTheIndexListsThemAll() throws Exception {
        for (int i = 1; i <= 3; i++) {
            String id = concept("Onderzoek deel " + i);
            upload(id, "deel-" + i + ".txt", "Deel " + i + " van het onderzoek naar de dienstverlening.");
            publish(id);
        }
        WooSchemas schemas = new WooSchemas();
        String index = given().when().get("/woo/sitemapindex-diwoo-infocat015.xml").then().statusCode(200).extract().asString();
        schemas.validateSitemapIndex(index);
        int total = 0;
        for (int n = 1; index.contains("/woo/sitemaps/infocat015-" + n + ".xml"); n++) {
            String sitemap = given().when().get("/woo/sitemaps/infocat015-" + n + ".xml").then().statusCode(200).extract().asString();
            schemas.validateSitemap(sitemap);
            int urls = sitemap.split("<url>", -1).length - 1;
            assertTrue(urls >= 1 && urls <= SITEMAP_SIZE, "urls in sitemap " + n + ": " + urls);
            total += urls;
        }
        String all = given().queryParam("category", "infocat015").queryParam("pageSize", 1000).when().get("/api/v1/publications").asString();
        assertEquals(total, io.restassured.path.json.JsonPath.from(all).getList("items.files.flatten()").size());
    }

    @Test
    void theCsvListHasCsvwMetadata() {
        given().when().get("/api/v1/publications.csv-metadata.json").then().statusCode(200)
                .body("url", equalTo("publications.csv"))
                .body("tableSchema.columns.name", hasItem("informationCategories"));
        given().when().get("/api/v1/publications.csv").then().statusCode(200)
                .body(org.hamcrest.Matchers.startsWith("id,title,informationCategories,publisher,documentKind,creationDate,issued,modified,status,withdrawalReason,url"));
    }

    @Test
    void aSitemapCannotBeMadeLargerThanTheProtocolAllows() {
        assertThrows(IllegalArgumentException.class, () -> new WooConfig(data, 1, WooConfig.MAX_SITEMAP_SIZE + 1));
    }
}
