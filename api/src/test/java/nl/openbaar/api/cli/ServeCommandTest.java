package nl.openbaar.api.cli;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code openbaar serve} on an empty data directory harvests the bundled datasets and then answers SPARQL. */
class ServeCommandTest {
    @TempDir
    Path data;

    @Test
    void servesTheBundledDatasetsFromAnEmptyDataDirectory() throws Exception {
        int port = freePort();
        StringWriter out = new StringWriter();
        CommandLine cli = OpenbaarCli.commandLine().setOut(new PrintWriter(out, true));
        Thread serve = new Thread(() -> cli.execute("serve", "--host", "127.0.0.1", "--port", String.valueOf(port),
                "--data", data.toString(), "--datasets", Path.of("..", "datasets", "manifest.yaml").toString()), "serve");
        serve.setDaemon(true);
        serve.start();
        waitForHealth(port, Duration.ofSeconds(90));
        int sources = nl.openbaar.api.BundledStore.sourceCount();
        given().port(port).queryParam("query", "PREFIX ob: <https://w3id.org/openbaar/def#> SELECT (COUNT(?d) AS ?n) { ?d a ob:SourceDocument }")
                .when().get("/sparql")
                .then().statusCode(200).body("results.bindings[0].n.value", equalTo(String.valueOf(sources)));
        assertTrue(out.toString().contains("summary: " + sources + " sources: " + sources + " harvested, 0 unchanged, 0 failed"), out.toString());
        assertTrue(out.toString().contains("catalog: 0 DCAT-AP(-NL) violations, 0 Data Cube integrity violations"), out.toString());
    }

    @Test
    void everySubcommandHasHelp() {
        for (String command : new String[] {"serve", "harvest"}) {
            StringWriter out = new StringWriter();
            int code = OpenbaarCli.commandLine().setOut(new PrintWriter(out, true)).execute(command, "--help");
            assertTrue(code == 0 && out.toString().contains("Usage: openbaar " + command), out.toString());
        }
    }

    @Test
    void aManifestWithAnUnknownMunicipalityIsAClearError(@TempDir Path dir) throws IOException {
        Path manifest = dir.resolve("manifest.yaml");
        java.nio.file.Files.writeString(manifest, """
                sources:
                  - id: x
                    file: x.txt
                    municipality: GM9999
                    fiscalYear: 2022
                    kind: jaarrekening
                    programme: P
                    title: T
                """);
        StringWriter err = new StringWriter();
        int code = OpenbaarCli.commandLine().setErr(new PrintWriter(err, true))
                .execute("harvest", "--data", dir.resolve("data").toString(), manifest.toString());
        assertTrue(code != 0 && err.toString().contains("unknown municipality code 'GM9999'"), err.toString());
    }

    private static void waitForHealth(int port, Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (given().port(port).when().get("/healthz").statusCode() == 200) {
                    return;
                }
            } catch (Exception notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("/healthz did not answer within " + limit);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
