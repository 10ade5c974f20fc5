package nl.openbaar.api.woo;

import static nl.openbaar.api.rest.Contract.given;
import static nl.openbaar.api.rest.Contract.givenBadInput;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import nl.openbaar.api.OpenbaarServer;
import nl.openbaar.api.linkeddata.CatalogHandler;
import nl.openbaar.api.sparql.QueryLimits;
import nl.openbaar.api.staff.Role;
import nl.openbaar.store.TdbStore;
import nl.openbaar.vocab.Iris;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance 5: staff endpoints refuse no token, a wrong token and a wrong role (401/403), and bad uploads (too large,
 * content lying about its type, a decompression bomb, a path as file name) get a clear 4xx and store nothing.
 */
class WooUploadSafetyTest {
    private static final long MAX_UPLOAD = 1024 * 1024;
    @TempDir
    static Path data;
    private static TdbStore store;
    private static OpenbaarServer server;
    private static String publisher;
    private String publication;

    @BeforeAll
    static void start() {
        store = TdbStore.open(data.resolve("store"));
        server = new OpenbaarServer(store, new Iris(Iris.DEFAULT_BASE), QueryLimits.withTimeout(Duration.ofSeconds(30)),
                CatalogHandler.DEFAULT_PAGE_SIZE, new WooConfig(data, MAX_UPLOAD, WooConfig.MAX_SITEMAP_SIZE)).start("127.0.0.1", 0);
        RestAssured.port = server.port();
        publisher = server.staff().tokens().create(Role.PUBLISHER, "Uploader").secret();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    @BeforeEach
    void concept() {
        publication = given().header("Authorization", "Bearer " + publisher).contentType("application/json")
                .body("{\"officialTitle\":\"Nota\",\"informationCategories\":[\"infocat015\"],\"publisher\":\"GM0402\"}")
                .when().post("/api/v1/publications").then().statusCode(201).extract().path("id");
    }

    private static RequestSpecification upload(String fileName, String type, byte[] content) {
        return given().header("Authorization", "Bearer " + publisher).contentType(type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .body(content);
    }

    private void nothingStored() throws IOException {
        Path files = data.resolve("woo/files/sha256");
        try (Stream<Path> stored = Files.isDirectory(files) ? Files.list(files) : Stream.empty()) {
            assertEquals(0, stored.count(), "no file kept");
        }
        Path incoming = data.resolve("woo/incoming");
        try (Stream<Path> left = Files.isDirectory(incoming) ? Files.list(incoming) : Stream.empty()) {
            assertEquals(0, left.count(), "no upload left behind");
        }
        given().header("Authorization", "Bearer " + publisher).when().get("/api/v1/publications/" + publication).then().statusCode(200).body("files.size()", equalTo(0));
    }

    @Test
    void withoutATokenAStaffWriteIs401() {
        givenBadInput().contentType("application/json").body("{}").when().post("/api/v1/publications")
                .then().statusCode(401).contentType(startsWith("application/problem+json")).header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void aWrongTokenIs401() {
        givenBadInput().header("Authorization", "Bearer " + "obs_wrong").contentType("application/json").body("{}").when().post("/api/v1/publications/" + publication + "/publish")
                .then().statusCode(401).body("type", equalTo("https://w3id.org/openbaar/problems/unauthorized"));
    }

    @Test
    void aWooOfficerMayNotPublishDocuments() {
        String officer = server.staff().tokens().create(Role.WOO_OFFICER, "Officer").secret();
        given().header("Authorization", "Bearer " + officer).when().post("/api/v1/publications/" + publication + "/publish")
                .then().statusCode(403).contentType(startsWith("application/problem+json"));
    }

    @Test
    void aPublisherMayNotReadTheAuditLog() {
        given().header("Authorization", "Bearer " + publisher).when().get("/api/v1/staff/audit-log").then().statusCode(403);
    }

    @Test
    void anOversizedUploadIs413AndStoresNothing() throws IOException {
        byte[] big = new byte[(int) MAX_UPLOAD + 10];
        // as curl does for large bodies: the server refuses on the declared length before the body is sent, so the
        // answer cannot race the client's writing (without it the client may meet a closed connection instead)
        upload("groot.pdf", "application/pdf", big).header("Expect", "100-continue").when().post("/api/v1/publications/" + publication + "/files")
                .then().statusCode(413).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://w3id.org/openbaar/problems/upload-too-large"));
        nothingStored();
    }

    @Test
    void contentLyingAboutItsTypeIs415AndStoresNothing() throws IOException {
        upload("besluit.pdf", "application/pdf", "Dit is gewone tekst, geen PDF.".getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/publications/" + publication + "/files")
                .then().statusCode(415).body("type", equalTo("https://w3id.org/openbaar/problems/content-type-mismatch"));
        nothingStored();
    }

    @Test
    void aDecompressionBombIs422AndStoresNothing() throws IOException {
        byte[] bomb = TestDocuments.docxBomb(64);
        assertTrue(bomb.length < MAX_UPLOAD, "the bomb itself is small: " + bomb.length);
        upload("nota.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", bomb)
                .when().post("/api/v1/publications/" + publication + "/files")
                .then().statusCode(422).body("type", equalTo("https://w3id.org/openbaar/problems/decompression-bomb"));
        nothingStored();
    }

    @Test
    void aPathAsFileNameIs400AndStoresNothing() throws IOException {
        upload("../../staff/tokens.pdf", "application/pdf", TestDocuments.pdf("gewoon een nota"))
                .when().post("/api/v1/publications/" + publication + "/files")
                .then().statusCode(400).body("type", equalTo("https://w3id.org/openbaar/problems/unsafe-file-name"));
        nothingStored();
    }

    @Test
    void aFileTypeTheWooIndexDoesNotTakeIs415() throws IOException {
        upload("script.sh", "text/x-shellscript", "echo hallo".getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/publications/" + publication + "/files")
                .then().statusCode(415).body("type", equalTo("https://w3id.org/openbaar/problems/unsupported-file-type"));
        nothingStored();
    }

    @Test
    void unknownMetadataIdentifiersAreA400() {
        given().header("Authorization", "Bearer " + publisher).contentType("application/json")
                .body("{\"officialTitle\":\"Nota\",\"informationCategories\":[\"c_4191a648\"],\"publisher\":\"GM9999\"}")
                .when().post("/api/v1/publications").then().statusCode(400)
                .body("type", equalTo("https://w3id.org/openbaar/problems/bad-metadata"));
    }
}
