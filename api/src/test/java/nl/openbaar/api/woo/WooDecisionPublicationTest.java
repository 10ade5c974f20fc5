package nl.openbaar.api.woo;

import static nl.openbaar.api.rest.Contract.given;
import static nl.openbaar.api.rest.Contract.givenBadInput;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.openbaar.api.OpenbaarServer;
import nl.openbaar.api.linkeddata.CatalogHandler;
import nl.openbaar.api.sparql.QueryLimits;
import nl.openbaar.api.staff.Role;
import nl.openbaar.store.TdbStore;
import nl.openbaar.vocab.Iris;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7: "the decision and the disclosed documents become a publication in category Woo-verzoeken en -besluiten".
 * Recording a decision makes a concept publication with the decision's metadata, linked from the request for staff;
 * the Woo officer uploads the decision letter and the disclosed documents to it, they pass the personal-data gate,
 * and once published the public request links it. Real server, real TDB2 store, every request through the contract.
 */
class WooDecisionPublicationTest {
    private static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);
    private static final String CATEGORY = "https://identifier.overheid.nl/tooi/def/thes/kern/c_3baef532";
    private static final String DECISION_KIND = "https://identifier.overheid.nl/tooi/def/thes/kern/c_4f50ca9c";
    @TempDir
    static Path data;
    private static TdbStore store;
    private static OpenbaarServer server;
    private static String officer;
    private static String publisher;

    @BeforeAll
    static void start() {
        store = TdbStore.open(data.resolve("store"));
        server = new OpenbaarServer(store, IRIS, QueryLimits.withTimeout(Duration.ofSeconds(30)), CatalogHandler.DEFAULT_PAGE_SIZE, data)
                .start("127.0.0.1", 0);
        RestAssured.port = server.port();
        officer = server.staff().tokens().create(Role.WOO_OFFICER, "Woo-coördinator").secret();
        publisher = server.staff().tokens().create(Role.PUBLISHER, "Redacteur").secret();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    private static String register(String subject) {
        return as(officer).contentType(ContentType.JSON).body(Map.of("receivedOn", "2025-09-05", "subject", subject, "channel", "e-mail",
                        "requester", Map.of("name", "Tess Verzoeker", "email", "tess@example.org")))
                .when().post("/api/v1/woo-requests").then().statusCode(201).extract().path("request.id");
    }

    private static Map<String, Object> decision(String organisation) {
        return Map.of("decidedOn", "2025-09-30", "outcome", "gedeeltelijke-openbaarmaking", "organisation", organisation, "documents", List.of(
                Map.of("number", "1", "title", "Raadsvoorstel speelplaatsen", "judgement", "openbaar"),
                Map.of("number", "2", "title", "Mail aan de wethouder", "judgement", "niet openbaar", "grounds", List.of("5.1.2e"))));
    }

    /** Registers a request and decides it; returns {request id, publication id}. */
    private static String[] decided(String subject) {
        String id = register(subject);
        String publication = as(officer).contentType(ContentType.JSON).body(decision("GM0402"))
                .when().post("/api/v1/woo-requests/" + id + "/decision").then().statusCode(201)
                .body("request.publicationId", startsWith("pub-")).extract().path("request.publicationId");
        return new String[] {id, publication};
    }

    private static void upload(String token, String publication, String fileName, byte[] pdf) {
        as(token).contentType("application/pdf").header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").body(pdf)
                .when().post("/api/v1/publications/" + publication + "/files").then().statusCode(201);
    }

    @Test
    void recordingADecisionMakesAConceptPublicationWithTheDecisionsMetadata() {
        String[] made = decided("Speelplaatsen in Hilversum-Oost");
        as(officer).when().get("/api/v1/publications/" + made[1]).then().statusCode(200)
                .body("status", equalTo("concept"))
                .body("wooRequest", equalTo(made[0]))
                .body("metadata.officialTitle", equalTo("Besluit op Woo-verzoek " + made[0] + ": Speelplaatsen in Hilversum-Oost"))
                .body("metadata.informationCategories", equalTo(List.of(CATEGORY)))
                .body("metadata.publisher", equalTo("https://identifier.overheid.nl/tooi/id/gemeente/gm0402"))
                .body("metadata.creationDate", equalTo("2025-09-30"))
                .body("metadata.documentKind", equalTo(DECISION_KIND))
                .body("metadata.identifiers", equalTo(List.of(made[0])))
                .body("files.size()", equalTo(0));
        as(officer).when().get("/api/v1/staff/woo-requests/" + made[0]).then().statusCode(200)
                .body("request.publicationId", equalTo(made[1]));
    }

    @Test
    void theConceptIsNotPublicAndThePublicRequestDoesNotLinkIt() {
        String[] made = decided("Bomenkap Laapersveld");
        given().when().get("/api/v1/woo-requests/" + made[0]).then().statusCode(200)
                .body("status", equalTo("besluit-genomen")).body("publicationId", nullValue());
        given().when().get("/api/v1/publications/" + made[1]).then().statusCode(404);
        RestAssured.given().accept("application/sparql-results+json")
                .queryParam("query", "ASK { GRAPH ?g { ?s ?p <" + IRIS.publication(made[1]) + "> } }").when().get("/sparql")
                .then().statusCode(200).body("boolean", equalTo(false));
    }

    @Test
    void theOfficerPublishesTheDecisionLetterAndTheDisclosedDocumentsThroughThePersonalDataGate() {
        String[] made = decided("Subsidie sportpark Zuid");
        String path = "/api/v1/publications/" + made[1];
        byte[] letter = TestDocuments.pdf("Besluit op uw Woo-verzoek over de subsidie voor sportpark Zuid",
                "Vragen? Mail naar tess@example.org.");
        upload(officer, made[1], "besluit.pdf", letter);
        byte[] disclosed = TestDocuments.pdf("Raadsvoorstel speelvoorzieningen sportpark Zuid, kunstgrasveld en kleedkamers");
        upload(officer, made[1], "document-1.pdf", disclosed);
        as(officer).when().post(path + "/publish").then().statusCode(409)
                .body("type", equalTo("https://w3id.org/openbaar/problems/unresolved-findings"))
                .body("findings[0].kind", equalTo("email"));
        byte[] redacted = TestDocuments.pdf("Besluit op uw Woo-verzoek over de subsidie voor sportpark Zuid", "Vragen? Mail naar [gelakt].");
        as(officer).contentType("application/pdf").header("Content-Disposition", "attachment; filename=\"besluit.pdf\"")
                .queryParam("reason", "e-mailadres van de verzoeker gelakt").body(redacted)
                .when().put(path + "/files/f1").then().statusCode(200);
        as(officer).when().post(path + "/publish").then().statusCode(200).body("status", equalTo("gepubliceerd"));

        given().when().get("/api/v1/woo-requests/" + made[0]).then().statusCode(200).body("publicationId", equalTo(made[1]));
        given().when().get(path).then().statusCode(200)
                .body("informationCategories[0].code", equalTo("infocat014"))
                .body("documentKind.id", equalTo(DECISION_KIND))
                .body("files.size()", equalTo(2));
        given().queryParam("q", "kunstgrasveld").queryParam("category", "infocat014").when().get("/api/v1/publications")
                .then().statusCode(200).body("items.id", hasItem(made[1]));
        assertArrayEquals(redacted, given().when().get(path + "/files/f1").then().statusCode(200).extract().asByteArray());
        given().when().get("/woo/sitemaps/infocat014-1.xml").then().statusCode(200)
                .body(containsString(IRIS.publicationFileDownload(made[1], "f2")));
        RestAssured.given().accept("application/sparql-results+json").queryParam("query", "PREFIX dct: <http://purl.org/dc/terms/> ASK { <"
                        + IRIS.base() + "id/woo-request/" + made[0] + "/decision> dct:relation <" + IRIS.publication(made[1]) + "> }")
                .when().get("/sparql").then().statusCode(200).body("boolean", equalTo(true));
    }

    @Test
    void aWooOfficerWorksOnlyOnTheirDecisionsPublications() {
        String ordinary = as(publisher).contentType(ContentType.JSON)
                .body("{\"officialTitle\":\"Nota\",\"informationCategories\":[\"infocat015\"],\"publisher\":\"GM0402\"}")
                .when().post("/api/v1/publications").then().statusCode(201).extract().path("id");
        as(officer).contentType("application/pdf").header("Content-Disposition", "attachment; filename=\"nota.pdf\"")
                .body(TestDocuments.pdf("Een nota")).when().post("/api/v1/publications/" + ordinary + "/files")
                .then().statusCode(403).body("type", equalTo("https://w3id.org/openbaar/problems/forbidden"));
        String[] made = decided("Parkeervergunningen");
        upload(publisher, made[1], "besluit.pdf", TestDocuments.pdf("Besluit over parkeervergunningen"));
    }

    @Test
    void aDecisionWithoutOrganisationIsRefusedAndStoresNothing() {
        String id = register("Zonder organisatie");
        int before = given().when().get("/api/v1/publications").then().extract().path("total");
        givenBadInput().header("Authorization", "Bearer " + officer).contentType(ContentType.JSON)
                .body(Map.of("decidedOn", "2025-09-30", "outcome", "geen-documenten"))
                .when().post("/api/v1/woo-requests/" + id + "/decision").then().statusCode(400)
                .body("detail", containsString("organisation"));
        givenBadInput().header("Authorization", "Bearer " + officer).contentType(ContentType.JSON)
                .body(Map.of("decidedOn", "2025-09-30", "outcome", "geen-documenten", "organisation", "GM9999"))
                .when().post("/api/v1/woo-requests/" + id + "/decision").then().statusCode(400);
        given().when().get("/api/v1/woo-requests/" + id).then().body("status", equalTo("ontvangen")).body("decidedOn", nullValue());
        as(officer).when().get("/api/v1/staff/woo-requests/" + id).then().body("request.publicationId", nullValue());
    }
}
