package nl.openbaar.api.staff;

import static nl.openbaar.api.rest.Contract.given;
import static nl.openbaar.api.rest.Contract.givenBadInput;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.openbaar.api.OpenbaarServer;
import nl.openbaar.api.cli.OpenbaarCli;
import nl.openbaar.api.linkeddata.CatalogHandler;
import nl.openbaar.api.sparql.QueryLimits;
import nl.openbaar.store.TdbStore;
import nl.openbaar.vocab.Iris;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Staff endpoints on a real server: tokens made by {@code openbaar token create}, 401 without or with an unknown
 * token, 403 for the wrong role, and the audit log for administrators.
 */
class StaffAccessTest {
    @TempDir
    static Path data;
    private static TdbStore store;
    private static OpenbaarServer server;

    @BeforeAll
    static void start() {
        store = TdbStore.open(data.resolve("store"));
        server = new OpenbaarServer(store, new Iris(Iris.DEFAULT_BASE), QueryLimits.withTimeout(Duration.ofSeconds(30)),
                CatalogHandler.DEFAULT_PAGE_SIZE, data).start("127.0.0.1", 0);
        RestAssured.port = server.port();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static String tokenFromTheCommandLine(String role) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = OpenbaarCli.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute("token", "create", "--role", role, "--name", "tester " + role, "--data", data.toString());
        assertEquals(0, code, err.toString());
        assertTrue(err.toString().contains("shown only this once"), err.toString());
        return out.toString().trim();
    }

    @Test
    void theCommandPrintsATokenOnceAndStoresOnlyItsHash() throws Exception {
        String token = tokenFromTheCommandLine("publisher");
        assertTrue(token.startsWith("obs_") && token.length() > 40, token);
        assertTrue(!Files.readString(data.resolve("staff/tokens.json")).contains(token));
    }

    @Test
    void anUnknownRoleIsAClearCommandLineError() {
        StringWriter err = new StringWriter();
        int code = OpenbaarCli.commandLine().setErr(new PrintWriter(err, true))
                .execute("token", "create", "--role", "superuser", "--data", data.toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains("unknown role 'superuser'"), err.toString());
    }

    @Test
    void withoutATokenTheAnswerIs401WithABearerChallenge() {
        givenBadInput().when().get("/api/v1/staff/audit-log")
                .then().statusCode(401).contentType(startsWith("application/problem+json"))
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("https://w3id.org/openbaar/problems/unauthorized"));
    }

    @Test
    void anUnknownTokenIs401() {
        given().header("Authorization", "Bearer " + "obs_not-a-real-token").when().get("/api/v1/staff/audit-log")
                .then().statusCode(401).header("WWW-Authenticate", containsString("invalid_token"))
                .body("status", equalTo(401));
    }

    @Test
    void anotherKindOfCredentialIs401() {
        givenBadInput().auth().preemptive().basic("admin", "admin").when().get("/api/v1/staff/audit-log")
                .then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void theWrongRoleIs403() {
        given().header("Authorization", "Bearer " + tokenFromTheCommandLine("publisher")).when().get("/api/v1/staff/audit-log")
                .then().statusCode(403).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://w3id.org/openbaar/problems/forbidden"));
    }

    @Test
    void anAdministratorReadsTheAuditLogAsJsonAndCsv() {
        StaffMember someone = new StaffMember("staff-test", "Dirk", Role.PUBLISHER);
        server.staff().audit().record(someone, "publication.create", "pub-audit-1", null, Map.of("title", "Nota"));
        server.staff().audit().record(someone, "publication.publish", "pub-audit-1", Map.of("status", "concept"), Map.of("status", "gepubliceerd"));
        String admin = tokenFromTheCommandLine("admin");
        given().header("Authorization", "Bearer " + admin).queryParam("subject", "pub-audit-1").when().get("/api/v1/staff/audit-log")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].action", equalTo("publication.create"))
                .body("items[0].whoName", equalTo("Dirk"))
                .body("items[0].role", equalTo("publisher"))
                .body("items[1].before.status", equalTo("concept"))
                .body("items[1].after.status", equalTo("gepubliceerd"));
        given().header("Authorization", "Bearer " + admin).queryParam("subject", "pub-audit-1").when().get("/api/v1/staff/audit-log.csv")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .body(startsWith("at,who,whoName,role,action,subject,before,after"))
                .body(containsString("\"{\"\"status\"\":\"\"gepubliceerd\"\"}\""));
    }

    @Test
    void theAuditLogOnlyGrows() throws Exception {
        Path file = data.resolve("staff/audit.jsonl");
        AuditLog log = new AuditLog(file);
        StaffMember who = new StaffMember("staff-x", "Eva", Role.ADMIN);
        log.record(who, "test.first", "s", null, List.of(1));
        String before = Files.readString(file);
        log.record(who, "test.second", "s", List.of(1), List.of(2));
        String after = Files.readString(file);
        assertTrue(after.startsWith(before), "the earlier lines are kept as they were");
        assertEquals(before.lines().count() + 1, after.lines().count());
    }
}
