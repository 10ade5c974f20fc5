package nl.openbaar.api.woo;

import static nl.openbaar.api.rest.Contract.given;
import static nl.openbaar.api.rest.Contract.givenBadInput;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.openbaar.api.BundledStore;
import nl.openbaar.api.OpenbaarServer;
import nl.openbaar.api.linkeddata.CatalogHandler;
import nl.openbaar.api.sparql.QueryLimits;
import nl.openbaar.api.staff.Role;
import nl.openbaar.api.woo.diwoo.WooLists;
import nl.openbaar.api.woo.diwoo.WooSchemas;
import nl.openbaar.harvester.source.Manifest;
import nl.openbaar.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

/**
 * The Woo register end to end on a real server over a real TDB2 store filled with the bundled datasets: acceptance 1
 * (a PDF with a BSN cannot be published until redacted; then it is found, indexed and in SPARQL; withdrawn it is gone),
 * 2 (every index file and DiWoo record validates against the 0.9.8 XSDs) and 6 (the harvested reports are in the
 * register under "jaarplannen en jaarverslagen").
 */
class WooRegisterAcceptanceTest {
    private static final String SPARQL_TEXT = """
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX ob: <https://w3id.org/openbaar/def#>
            PREFIX dct: <http://purl.org/dc/terms/>
            SELECT ?publication ?title WHERE {
              ?file text:query (ob:text "%s") ; dct:isPartOf ?publication .
              ?publication a ob:Publication ; dct:title ?title .
            }""";
    private static final String DECISION_KIND = "https://identifier.overheid.nl/tooi/def/thes/kern/c_4f50ca9c";
    private static final String PRIVACY_CORRECTION = "https://identifier.overheid.nl/tooi/def/thes/kern/c_098c1346";
    private static final WooSchemas SCHEMAS = new WooSchemas();

    @TempDir
    static Path data;
    private static TdbStore store;
    private static OpenbaarServer server;

    @BeforeAll
    static void start() {
        store = BundledStore.harvested(data.resolve("store"));
        server = new OpenbaarServer(store, BundledStore.IRIS, QueryLimits.withTimeout(Duration.ofSeconds(30)),
                CatalogHandler.DEFAULT_PAGE_SIZE, data).start("127.0.0.1", 0);
        RestAssured.port = server.port();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static String metadata(String title) {
        String theme = WooLists.official().themes().keySet().iterator().next();
        return """
                {"officialTitle": "%s",
                 "description": "Besluit op het verzoek om informatie over de inzameling van snoeiafval.",
                 "informationCategories": ["Woo-verzoeken en -besluiten"],
                 "publisher": "GM0402", "responsible": "https://identifier.overheid.nl/tooi/id/gemeente/gm0402",
                 "creationDate": "2025-03-14", "documentKind": "%s", "themes": ["%s"], "identifiers": ["HIL-WOO-2025-0042"]}
                """.formatted(title, DECISION_KIND, theme);
    }

    private static Response sparql(String query) {
        return RestAssured.given().accept("application/sparql-results+json").queryParam("query", query).when().get("/sparql");
    }

    /** The path of an IRI under the base, to ask this server for it. */
    private static String path(String iri) {
        return URI.create(iri).getRawPath();
    }

    @Test
    void acceptance1AFileWithABsnIsPublishedOnlyRedactedFoundEverywhereAndGoneWhenWithdrawn() {
        String token = server.staff().tokens().create(Role.PUBLISHER, "Publicist Hilversum").secret();
        String id = given().header("Authorization", "Bearer " + token).contentType("application/json").body(metadata("Besluit op Woo-verzoek over snoeiafval"))
                .when().post("/api/v1/publications").then().statusCode(201).header("Location", startsWith("/api/v1/publications/"))
                .body("status", equalTo("concept")).extract().path("id");

        byte[] original = TestDocuments.pdf("Besluit op uw verzoek van 3 februari 2025",
                "Verzoeker, BSN 123456782, vroeg om stukken over snoeiafval en de containerroute.");
        String uploaded = given().header("Authorization", "Bearer " + token).contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"besluit-snoeiafval.pdf\"").body(original)
                .when().post("/api/v1/publications/" + id + "/files").then().statusCode(201)
                .body("files[0].versions[0].findings[0].kind", equalTo("bsn"))
                .body("files[0].versions[0].findings[0].page", equalTo(2))
                .body("files[0].versions[0].findings[0].masked", equalTo("*******82"))
                .extract().asString();
        assertFalse(uploaded.contains("123456782"), "the full number is never shown");

        given().when().get("/api/v1/publications/" + id).then().statusCode(404);
        String refused = given().header("Authorization", "Bearer " + token).when().post("/api/v1/publications/" + id + "/publish")
                .then().statusCode(409).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://w3id.org/openbaar/problems/unresolved-findings"))
                .body("findings[0].kind", equalTo("bsn")).body("findings[0].page", equalTo(2))
                .body("findings[0].masked", equalTo("*******82")).body("findings[0].needsRedaction", equalTo(true))
                .extract().asString();
        assertFalse(refused.contains("123456782"));
        given().header("Authorization", "Bearer " + token).contentType("application/json").body("{\"reason\":\"dit is geen BSN maar een zaaknummer\"}")
                .when().post("/api/v1/publications/" + id + "/files/f1/findings/v1-1/resolution")
                .then().statusCode(409).body("detail", containsString("redacted version"));

        byte[] redacted = TestDocuments.pdf("Besluit op uw verzoek van 3 februari 2025",
                "Verzoeker, [gelakt: 5.1.1e], vroeg om stukken over snoeiafval en de containerroute.");
        given().header("Authorization", "Bearer " + token).contentType("application/pdf").header("Content-Disposition", "attachment; filename=\"besluit-snoeiafval.pdf\"")
                .queryParam("reason", "BSN gelakt").body(redacted)
                .when().put("/api/v1/publications/" + id + "/files/f1").then().statusCode(200)
                .body("files[0].versions.size()", equalTo(2)).body("files[0].versions[1].findings.size()", equalTo(0));
        given().header("Authorization", "Bearer " + token).when().post("/api/v1/publications/" + id + "/publish")
                .then().statusCode(200).body("status", equalTo("gepubliceerd"));

        given().queryParam("q", "containerroute").when().get("/api/v1/publications")
                .then().statusCode(200).body("items.id", hasItem(id)).body("items[0].informationCategories[0].code", equalTo("infocat014"));
        sparql(SPARQL_TEXT.formatted("containerroute")).then().statusCode(200)
                .body("results.bindings.publication.value", hasItem(BundledStore.IRIS.publication(id)));
        byte[] served = given().when().get("/api/v1/publications/" + id + "/files/f1").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertArrayEquals(redacted, served, "the public gets the redacted version");
        String sitemap = given().when().get("/woo/sitemaps/infocat014-1.xml").then().statusCode(200).extract().asString();
        assertTrue(sitemap.contains("<loc>" + BundledStore.IRIS.publicationFileDownload(id, "f1") + "</loc>"), sitemap);
        assertTrue(sitemap.contains("Besluit op Woo-verzoek over snoeiafval"), sitemap);
        sparql("SELECT ?s WHERE { ?s ?p ?o FILTER(CONTAINS(STR(?o), \"123456782\")) }").then().statusCode(200)
                .body("results.bindings.size()", equalTo(0));

        given().header("Authorization", "Bearer " + token).contentType("application/json")
                .body("{\"reason\":\"" + PRIVACY_CORRECTION + "\",\"explanation\":\"naam van de verzoeker stond op pagina 2\"}")
                .when().post("/api/v1/publications/" + id + "/withdraw").then().statusCode(200).body("status", equalTo("ingetrokken"));
        given().when().get("/api/v1/publications/" + id + "/files/f1").then().statusCode(410)
                .contentType(startsWith("application/problem+json")).body("type", equalTo("https://w3id.org/openbaar/problems/gone"));
        given().when().get("/api/v1/publications/" + id).then().statusCode(200)
                .body("status", equalTo("ingetrokken"))
                .body("withdrawalReason.id", equalTo(PRIVACY_CORRECTION))
                .body("withdrawalReason.label", equalTo("correctie privacygevoelige gegevens"))
                .body("files[0].downloadUrl", equalTo(null));
        sparql(SPARQL_TEXT.formatted("containerroute")).then().statusCode(200).body("results.bindings.size()", equalTo(0));
        given().when().get("/woo/sitemaps/infocat014-1.xml").then().statusCode(200).body(containsString("redenVerwijderingVervanging"));
        given().header("Authorization", "Bearer " + server.staff().tokens().create(Role.ADMIN, "Beheer").secret()).queryParam("subject", id)
                .when().get("/api/v1/staff/audit-log").then().statusCode(200)
                .body("items.action", hasItem("publication.withdraw")).body("items.action", hasItem("publication.replace-file"));
    }

    @Test
    void aConceptIsNotPublicAnywhere() {
        String token = server.staff().tokens().create(Role.PUBLISHER, "Concept").secret();
        String id = given().header("Authorization", "Bearer " + token).contentType("application/json").body(metadata("Concept over bladkorven"))
                .when().post("/api/v1/publications").then().statusCode(201).extract().path("id");
        given().when().get("/api/v1/publications/" + id).then().statusCode(404);
        given().queryParam("q", "bladkorven").when().get("/api/v1/publications").then().statusCode(200).body("total", equalTo(0));
        sparql("ASK { <" + BundledStore.IRIS.publication(id) + "> ?p ?o }").then().body("boolean", equalTo(false));
        given().when().get("/woo/diwoo/" + id + ".xml").then().statusCode(404);
    }

    @Test
    void acceptance6TheHarvestedReportsAreInTheRegisterUnderJaarplannenEnJaarverslagen() {
        var sources = Manifest.read(BundledStore.MANIFEST).sources();
        Response list = given().queryParam("category", "jaarplannen en jaarverslagen").queryParam("pageSize", 1000)
                .when().get("/api/v1/publications");
        list.then().statusCode(200).body("total", equalTo(sources.size()));
        List<String> titles = list.jsonPath().getList("items.title");
        for (var source : sources) {
            assertTrue(titles.contains(source.title()), source.title() + " is in the register");
        }
        given().queryParam("category", "infocat012").when().get("/api/v1/publications.csv")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .body(containsString("Programmabegroting 2022 Groningen")).body(containsString("jaarplannen en jaarverslagen"));
        given().when().get("/woo/sitemapindex-diwoo-infocat012.xml").then().statusCode(200).body(containsString("/woo/sitemaps/infocat012-1.xml"));
    }

    @Test
    void harvestedReportsAreFoundByTheWordsOfTheirSections() {
        given().queryParam("q", "burgerzaken").when().get("/api/v1/publications").then().statusCode(200)
                .body("items.id", hasItem("report-hilversum-2022-jaarrekening-burgerzaken"));
    }

    @Test
    void aBadSearchIsA400() {
        givenBadInput().queryParam("category", "geen categorie").when().get("/api/v1/publications").then().statusCode(400);
        givenBadInput().queryParam("from", "gisteren").when().get("/api/v1/publications").then().statusCode(400);
        given().queryParam("q", "\"(snoei AND").when().get("/api/v1/publications").then().statusCode(200);
    }

    @Test
    void acceptance2EveryIndexFileAndRecordValidatesAgainstTheDiwooSchemas() throws SAXException {
        // a publication of our own next to the harvested ones, so that staff-published records are checked too
        String token = server.staff().tokens().create(Role.PUBLISHER, "Schema").secret();
        String id = given().header("Authorization", "Bearer " + token).contentType("application/json").body(metadata("Adviesrapport over groenonderhoud"))
                .when().post("/api/v1/publications").then().statusCode(201).extract().path("id");
        given().header("Authorization", "Bearer " + token).contentType("application/pdf").header("Content-Disposition", "attachment; filename=\"advies.pdf\"")
                .body(TestDocuments.pdf("Advies over groenonderhoud in de wijk")).when().post("/api/v1/publications/" + id + "/files")
                .then().statusCode(201);
        given().header("Authorization", "Bearer " + token).when().post("/api/v1/publications/" + id + "/publish").then().statusCode(200);

        String robots = given().when().get("/robots.txt").then().statusCode(200).extract().asString();
        Set<String> indexes = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^Sitemap: (\\S+)$").matcher(robots);
        while (m.find()) {
            indexes.add(m.group(1));
        }
        assertTrue(indexes.contains(BundledStore.IRIS.base() + "woo/sitemapindex.xml"), robots);
        assertTrue(indexes.contains(BundledStore.IRIS.base() + "woo/sitemapindex-diwoo-infocat012.xml"), robots);
        Set<String> sitemaps = new TreeSet<>();
        for (String index : indexes) {
            String xml = given().when().get(path(index)).then().statusCode(200).contentType(startsWith("application/xml")).extract().asString();
            SCHEMAS.validateSitemapIndex(xml);
            Matcher loc = Pattern.compile("<loc>([^<]+)</loc>").matcher(xml);
            while (loc.find()) {
                sitemaps.add(loc.group(1));
            }
        }
        int urls = 0;
        for (String sitemap : sitemaps) {
            String xml = given().when().get(path(sitemap)).then().statusCode(200).extract().asString();
            SCHEMAS.validateSitemap(xml);
            urls += xml.split("<url>", -1).length - 1;
        }
        assertTrue(urls >= BundledStore.sourceCount() + 1, "urls: " + urls);
        List<String> ids = new ArrayList<>(given().queryParam("pageSize", 1000).when().get("/api/v1/publications").jsonPath().getList("items.id"));
        assertTrue(ids.contains(id));
        for (String publication : ids) {
            SCHEMAS.validateRecord(given().when().get("/woo/diwoo/" + publication + ".xml").then().statusCode(200).extract().asString());
        }
    }

    @Test
    void theRegisterIsADatasetInTheCatalog() {
        RestAssured.given().accept("text/turtle").when().get("/catalog").then().statusCode(200)
                .body(containsString(BundledStore.IRIS.wooRegisterDataset()));
    }

    @Test
    void anUnknownPublicationOrFileIs404() {
        given().when().get("/api/v1/publications/pub-2099-00000000").then().statusCode(404).contentType(startsWith("application/problem+json"));
        givenBadInput().when().get("/api/v1/publications/../../staff/tokens.json/files/f1").then().statusCode(not(equalTo(200)));
        given().when().get("/woo/sitemaps/infocat012-99.xml").then().statusCode(404);
    }
}
