package nl.openbaar.api.woo.request;

import static nl.openbaar.api.rest.Contract.given;
import static nl.openbaar.api.rest.Contract.givenBadInput;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.openbaar.api.OpenbaarServer;
import nl.openbaar.api.linkeddata.CatalogHandler;
import nl.openbaar.api.sparql.QueryLimits;
import nl.openbaar.api.staff.Role;
import nl.openbaar.api.woo.request.rdf.WooIris;
import nl.openbaar.harvester.catalog.CatalogValidator;
import nl.openbaar.store.TdbStore;
import nl.openbaar.vocab.Iris;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Woo request register over HTTP, on a real server and a real TDB2 store, with real staff tokens. */
class WooRequestApiTest {
    @TempDir
    static Path data;
    private static TdbStore store;
    private static OpenbaarServer server;
    private static String officer;
    private static String publisher;
    private static String admin;

    @BeforeAll
    static void start() {
        store = TdbStore.open(data.resolve("store"));
        server = new OpenbaarServer(store, new Iris(Iris.DEFAULT_BASE), QueryLimits.withTimeout(Duration.ofSeconds(30)),
                CatalogHandler.DEFAULT_PAGE_SIZE, data).start("127.0.0.1", 0);
        RestAssured.port = server.port();
        officer = server.staff().tokens().create(Role.WOO_OFFICER, "Woo-coördinator").secret();
        publisher = server.staff().tokens().create(Role.PUBLISHER, "Redacteur").secret();
        admin = server.staff().tokens().create(Role.ADMIN, "Beheerder").secret();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    /** A request that breaks the contract on purpose; only the problem it gets is held to the contract. */
    private static RequestSpecification badAs(String token) {
        return givenBadInput().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    private static String register(String receivedOn, String subject) {
        return as(officer).body(Map.of("receivedOn", receivedOn, "subject", subject, "channel", "e-mail",
                        "requester", Map.of("name", "Tess Verzoeker", "email", "tess@example.org")))
                .when().post("/api/v1/woo-requests").then().statusCode(201).extract().path("request.id");
    }

    private static int total() {
        return given().when().get("/api/v1/woo-requests").then().statusCode(200).extract().path("total");
    }

    @Test
    void registeringGivesTheLegalDeadlineAndAPublicEntryWithoutRequester() {
        String id = register("2025-09-06", "Subsidies aan sportverenigingen 2024");
        given().when().get("/api/v1/woo-requests/" + id).then().statusCode(200)
                .header("API-Version", "1.0.0")
                .body("status", equalTo("ontvangen"))
                .body("receivedOn", equalTo("2025-09-06"))
                .body("deadline", equalTo("2025-10-06"))   // Saturday 4 October -> Monday (Atw art. 1)
                .body("$", not(hasKey("requester")));
        as(officer).when().get("/api/v1/staff/woo-requests/" + id).then().statusCode(200)
                .body("requester.name", equalTo("Tess Verzoeker"))
                .body("deadlines.steps[1].basis", equalTo("Atw art. 1 lid 1"));
    }

    @Test
    void theGeneratedClientRegistersARequestAndReadsItsPublicEntry() throws nl.openbaar.client.ApiException {
        nl.openbaar.client.ApiClient client = new nl.openbaar.client.ApiClient();
        client.updateBaseUri("http://127.0.0.1:" + server.port());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + officer));
        nl.openbaar.client.api.WooRequestsApi api = new nl.openbaar.client.api.WooRequestsApi(client);
        nl.openbaar.client.model.StaffWooRequest staff = api.registerWooRequest(new nl.openbaar.client.model.WooRequestRegistration()
                .receivedOn(java.time.LocalDate.of(2025, 4, 17)).subject("Evenementenvergunningen Koningsdag")
                .channel(nl.openbaar.client.model.WooRequestRegistration.ChannelEnum.WEBFORMULIER)
                .requester(new nl.openbaar.client.model.WooRequestRegistrationRequester().name("Tess Verzoeker")));
        assertEquals("Tess Verzoeker", staff.getRequester().getName());
        nl.openbaar.client.model.WooRequest entry = api.getWooRequest(staff.getRequest().getId());
        // four weeks from 18 April 2025 end on Thursday 15 May, a working day
        assertEquals(java.time.LocalDate.of(2025, 5, 15), entry.getDeadline());
        assertEquals(1, api.listWooRequests(null, 2025, 1, 1000).getItems().stream()
                .filter(r -> r.getId().equals(entry.getId())).count());
        assertEquals(true, api.getWooStatistics(1, 50).getItems().stream().anyMatch(y -> y.getYear() == 2025));
    }

    @Test
    void aWholeProcedureEndsInADecisionWithItsInventoryAndFigures() {
        String id = register("2025-09-05", "Verkeersbesluiten Stationsplein");
        String path = "/api/v1/woo-requests/" + id;
        as(officer).body(Map.of("status", "in-behandeling", "on", "2025-09-08")).when().patch(path).then().statusCode(200)
                .body("request.status", equalTo("in-behandeling"));
        as(officer).body(Map.of("ground", "zienswijze", "noticeOn", "2025-09-15", "responseDueOn", "2025-09-29"))
                .when().post(path + "/suspensions").then().statusCode(201)
                .header("Location", equalTo(path + "/suspensions/1"))
                .body("request.status", equalTo("opgeschort"))
                .body("request.deadline", equalTo("2025-10-17")).body("request.deadlineProvisional", equalTo(true));
        as(officer).body(Map.of("endedOn", "2025-09-29")).when().patch(path + "/suspensions/1").then().statusCode(200)
                .body("request.deadline", equalTo("2025-10-16")).body("request.suspendedDays", equalTo(13));
        as(officer).body(Map.of("announcedOn", "2025-10-16", "days", 14, "reason", "omvang van de stukken"))
                .when().put(path + "/extension").then().statusCode(200)
                .body("request.status", equalTo("verdaagd")).body("request.deadline", equalTo("2025-10-30"));
        as(officer).body(Map.of("decidedOn", "2025-10-24", "outcome", "gedeeltelijke-openbaarmaking", "organisation", "GM0402", "documents", List.of(
                        Map.of("number", "1", "title", "Verkeersbesluit", "judgement", "Openbaar"),
                        Map.of("number", "2", "title", "Mail aan bewoner", "judgement", "deels openbaar", "grounds", List.of("5.1.2.e")),
                        Map.of("number", "3", "title", "Notitie", "judgement", "gedeeltelijk"))))
                .when().post(path + "/decision").then().statusCode(201)
                .body("request.status", equalTo("besluit-genomen"))
                .body("request.decidedInTime", equalTo(true)).body("request.decidedWithinFirstTerm", equalTo(false))
                .body("warnings", hasItem(containsString("judgement 'gedeeltelijk'")));

        given().when().get(path + "/inventory").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items[1].grounds", equalTo(List.of("5.1.2e")))
                .body("items[2].judgement", equalTo("niet openbaar"));   // unknown counts as not public
        given().when().get(path + "/inventory.csv").then().statusCode(200).contentType(startsWith("text/csv"))
                .body(startsWith("number,title,date,judgement,grounds,explanation,link"))
                .body(containsString("2,\"Mail aan bewoner\",,\"deels openbaar\",5.1.2e,,"));
        given().when().get(path + "/inventory.csv-metadata.json").then().statusCode(200)
                .body("url", equalTo(path + "/inventory.csv")).body("tableSchema.columns.name", hasItem("judgement"));

        Map<String, Object> year = given().when().get("/api/v1/woo-statistics").then().statusCode(200).extract()
                .path("items.find { it.year == 2025 }");
        assertTrue(((Integer) year.get("decided")) >= 1, year.toString());
        assertTrue(((Map<?, ?>) year.get("groundsUsed")).containsKey("5.1.2e"), year.toString());
        given().when().get("/api/v1/woo-statistics.csv").then().statusCode(200)
                .body(startsWith("year,received,decided,openAtYearEnd")).body(containsString("outcomeGedeeltelijkeOpenbaarmaking"));

        String ask = "PREFIX ob: <https://w3id.org/openbaar/def#> ASK { <" + new WooIris(new Iris(Iris.DEFAULT_BASE)).request(id) + ">"
                + " a ob:WooRequest ; ob:decisionDeadline \"2025-10-30\"^^<http://www.w3.org/2001/XMLSchema#date> ;"
                + " ob:decision/ob:inventoryItem/ob:judgement ob:woo-judgement-niet-openbaar }";
        RestAssured.given().accept("application/sparql-results+json").queryParam("query", ask).when().get("/sparql")
                .then().statusCode(200).body("boolean", equalTo(true));
    }

    @Test
    void everyWriteIsInTheAuditLog() {
        String id = register("2025-09-05", "Audit");
        given().header("Authorization", "Bearer " + admin).queryParam("subject", "woo-request/" + id)
                .when().get("/api/v1/staff/audit-log").then().statusCode(200)
                .body("items.action", hasItem("woo-request.register"))
                .body("items[0].whoName", equalTo("Woo-coördinator"));
    }

    @Test
    void staffEndpointsNeedAWooOfficerToken() {
        givenBadInput().contentType(ContentType.JSON).body(Map.of("receivedOn", "2025-09-05")).when().post("/api/v1/woo-requests")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", startsWith("Bearer"));
        given().header("Authorization", "Bearer obs_wrong").when().get("/api/v1/staff/woo-requests/overdue").then().statusCode(401);
        badAs(publisher).body(Map.of("receivedOn", "2025-09-05")).when().post("/api/v1/woo-requests").then().statusCode(403);
    }

    @Test
    void badInputIsAProblemAndStoresNothing() throws Exception {
        int before = total();
        long files;
        try (var list = Files.list(data.resolve("woo/requests"))) {
            files = list.count();
        }
        badAs(officer).body(Map.of("receivedOn", "5 september", "subject", "x", "channel", "e-mail", "requester", Map.of("name", "A")))
                .when().post("/api/v1/woo-requests").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("YYYY-MM-DD"));
        badAs(officer).body(Map.of("receivedOn", "2999-01-01", "subject", "x", "channel", "e-mail", "requester", Map.of("name", "A")))
                .when().post("/api/v1/woo-requests").then().statusCode(400).body("detail", containsString("future"));
        badAs(officer).body(Map.of("receivedOn", "2025-09-05", "subject", "x", "channel", "fax", "requester", Map.of("name", "A")))
                .when().post("/api/v1/woo-requests").then().statusCode(400);
        badAs(officer).body("{not json").when().post("/api/v1/woo-requests").then().statusCode(400);
        assertEquals(before, total());
        try (var list = Files.list(data.resolve("woo/requests"))) {
            assertEquals(files, list.count());
        }
    }

    @Test
    void aDecisionIsRefusedWhenAWithheldDocumentHasNoGroundOrAnUnknownOne() {
        String id = register("2025-09-05", "Gronden");
        String path = "/api/v1/woo-requests/" + id;
        as(officer).body(Map.of("decidedOn", "2025-09-20", "outcome", "geen-openbaarmaking", "organisation", "GM0402",
                        "documents", List.of(Map.of("number", "1", "judgement", "niet openbaar"))))
                .when().post(path + "/decision").then().statusCode(400).body("detail", containsString("refusal grounds"));
        as(officer).body(Map.of("decidedOn", "2025-09-20", "outcome", "geen-openbaarmaking", "organisation", "GM0402",
                        "documents", List.of(Map.of("number", "1", "judgement", "niet openbaar", "grounds", List.of("10.2.e")))))
                .when().post(path + "/decision").then().statusCode(400).body("detail", containsString("not a refusal ground"));
        given().when().get(path).then().body("status", equalTo("ontvangen")).body("decidedOn", nullValue());
        given().when().get(path + "/inventory").then().statusCode(404);
    }

    @Test
    void theLawLimitsExtensionsAndTheStateLimitsSteps() {
        String id = register("2025-09-05", "Termijnen");
        String path = "/api/v1/woo-requests/" + id;
        as(officer).body(Map.of("announcedOn", "2025-10-06", "reason", "omvang")).when().put(path + "/extension")
                .then().statusCode(409).body("detail", containsString("Woo art. 4.4 lid 2"));
        badAs(officer).body(Map.of("announcedOn", "2025-10-01", "days", 15, "reason", "omvang")).when().put(path + "/extension")
                .then().statusCode(400);
        as(officer).body(Map.of("announcedOn", "2025-10-01", "reason", "omvang")).when().put(path + "/extension").then().statusCode(200);
        as(officer).body(Map.of("announcedOn", "2025-10-02", "reason", "nog eens")).when().put(path + "/extension")
                .then().statusCode(409).body("detail", containsString("one extension"));
        as(officer).body(Map.of("status", "ingetrokken", "on", "2025-10-03")).when().patch(path).then().statusCode(200)
                .body("request.status", equalTo("ingetrokken"));
        as(officer).body(Map.of("decidedOn", "2025-10-10", "outcome", "geen-documenten", "organisation", "GM0402")).when().post(path + "/decision")
                .then().statusCode(409);
        as(officer).body(Map.of("ground", "aanvulling", "noticeOn", "2025-09-10")).when().post("/api/v1/woo-requests/" + register("2025-09-05", "x") + "/suspensions")
                .then().statusCode(400).body("detail", containsString("ECLI:NL:RVS:2016:2527"));
    }

    @Test
    void theOverdueListShowsOpenRequestsPastTheirDeadline() {
        String late = register("2025-01-06", "Nog niet beslist");
        as(officer).when().get("/api/v1/staff/woo-requests/overdue").then().statusCode(200)
                .body("items.id", hasItem(late))
                .body("items.find { it.id == '" + late + "' }.deadline", equalTo("2025-02-03"));
        given().header("Authorization", "Bearer " + officer).when().get("/api/v1/staff/woo-requests/overdue.csv").then()
                .statusCode(200).body(startsWith("id,subject,receivedOn,status,deadline,daysOverdue"));
    }

    @Test
    void theListIsPagedAndFilteredAndAlsoCsv() {
        register("2024-03-04", "Ouder verzoek");
        given().queryParam("year", 2024).when().get("/api/v1/woo-requests").then().statusCode(200)
                .body("items.receivedOn", hasItem("2024-03-04")).body("items.receivedOn", not(hasItem("2025-09-05")));
        given().queryParam("pageSize", 1).when().get("/api/v1/woo-requests").then().statusCode(200)
                .header("Link", containsString("rel=\"next\"")).body("items.size()", equalTo(1));
        given().when().get("/api/v1/woo-requests.csv").then().statusCode(200)
                .body(startsWith("id,subject,channel,receivedOn,status,firstTermEnd,deadline"));
        givenBadInput().queryParam("status", "bogus").when().get("/api/v1/woo-requests").then().statusCode(400);
    }

    @Test
    void theAnnualFiguresAreAValidDataCube() {
        register("2025-09-05", "Kubus");
        WooIris iris = new WooIris(new Iris(Iris.DEFAULT_BASE));
        Model cube = store.read(tx -> ModelFactory.createDefaultModel().add(tx.graph(iris.statisticsGraph())).add(tx.graph(iris.codesGraph())));
        assertTrue(cube.size() > 20, "cube of " + cube.size() + " triples");
        ValidationReport report = new CatalogValidator().validateCubes(cube);
        assertTrue(report.conforms(), () -> report.getEntries().toString());
    }
}
