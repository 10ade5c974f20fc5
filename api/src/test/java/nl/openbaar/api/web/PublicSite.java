package nl.openbaar.api.web;

import nl.openbaar.api.woo.TestDocuments;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import nl.openbaar.api.BundledStore;
import nl.openbaar.api.OpenbaarServer;
import nl.openbaar.api.linkeddata.CatalogHandler;
import nl.openbaar.api.sparql.QueryLimits;
import nl.openbaar.api.staff.Role;
import nl.openbaar.api.woo.diwoo.WooLists;
import nl.openbaar.harvester.HarvestReport;
import nl.openbaar.harvester.Harvester;
import nl.openbaar.harvester.ManifestHarvest;
import nl.openbaar.harvester.catalog.Catalog;
import nl.openbaar.harvester.catalog.CatalogValidator;
import nl.openbaar.harvester.source.Manifest;
import nl.openbaar.harvester.source.Source;
import nl.openbaar.store.TdbStore;

/**
 * The server the page tests visit, started once per test run: the bundled reports harvested as {@code serve} does,
 * plus one planted report whose metadata holds markup (a title and a programme with {@code <script>}), to show that
 * pages print metadata as text; with a data directory, so the Woo register and the staff pages are served, holding
 * Woo publications and requests made through the staff API (markup planted in them too).
 */
final class PublicSite {
    /** Markup planted in the metadata of one report: a page that runs it would set {@code window.planted}. */
    static final String PLANTED = "<script>window.planted = 1</script>";
    static final String PLANTED_TITLE = "Jaarstukken 2021 " + PLANTED + " & \"Amsterdam\"";
    static final String PLANTED_PROGRAMME = "Dienstverlening <img src=x onerror=\"window.planted = 2\">";
    static final String PLANTED_ID = "planted-2021-jaarstukken";
    static final String PLANTED_MUNICIPALITY = "GM0363";
    /** Markup planted in a Woo publication's title and description, and in a Woo request's subject and inventory. */
    static final String PLANTED_WOO_TITLE = "Raadsinformatiebrief " + PLANTED + " & \"Zuidas\"";
    static final String PLANTED_SUBJECT = "Verzoek over " + PLANTED;
    /** The requester of every planted Woo request: private, never on a public page. */
    static final String REQUESTER_NAME = "Annemarie Verzoekster-Geheim";
    static final String REQUESTER_EMAIL = "annemarie.geheim@example.org";

    private static PublicSite site;

    private final Path directory;
    private final TdbStore store;
    private final OpenbaarServer server;
    private final String adminToken;
    /** The planted publication (published), a withdrawn one, a decided request and an overdue one. */
    final String plantedPublication;
    final String withdrawnPublication;
    final String decidedRequest;
    final String overdueRequest;

    private PublicSite(Path directory) {
        this.directory = directory;
        this.store = TdbStore.open(directory.resolve("store"));
        List<Source> sources = new ArrayList<>(Manifest.read(BundledStore.MANIFEST).sources());
        sources.addAll(Manifest.read(plantedManifest(directory)).sources());
        new ManifestHarvest(new Harvester(store, BundledStore.IRIS), new Catalog(store, BundledStore.IRIS, new CatalogValidator()),
                new HarvestReport(new PrintWriter(Writer.nullWriter()))).harvestAll(sources);
        this.server = new OpenbaarServer(store, BundledStore.IRIS, QueryLimits.withTimeout(Duration.ofSeconds(30)),
                CatalogHandler.DEFAULT_PAGE_SIZE, directory.resolve("data")).start("127.0.0.1", 0);
        this.adminToken = server.staff().tokens().create(Role.ADMIN, "Testbeheerder").secret();
        StaffApi api = new StaffApi(origin(), adminToken);
        this.plantedPublication = api.publish(PLANTED_WOO_TITLE, PLANTED, "infocat015", "nota.pdf",
                TestDocuments.pdf("Raadsinformatiebrief over de Zuidas.\nGeen persoonsgegevens."));
        this.withdrawnPublication = api.publish("Besluit dat is ingetrokken", null, "infocat011", "besluit.pdf",
                TestDocuments.pdf("Besluit over de markt."));
        api.withdraw(withdrawnPublication, WooLists.official().withdrawalReasons().keySet().iterator().next());
        this.decidedRequest = api.request("2025-01-06", PLANTED_SUBJECT, REQUESTER_NAME, REQUESTER_EMAIL);
        api.decide(decidedRequest, "2025-01-27", PLANTED_WOO_TITLE);
        this.overdueRequest = api.request("2025-02-03", "Verzoek over de parkeervergunningen", REQUESTER_NAME, REQUESTER_EMAIL);
    }

    static synchronized PublicSite get() {
        if (site == null) {
            try {
                site = new PublicSite(Files.createTempDirectory("openbaar-web"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(site::close));
        }
        return site;
    }

    String origin() {
        return "http://127.0.0.1:" + server.port();
    }

    /** A staff token of an administrator (shown once at creation, like {@code ./openbaar token create}). */
    String adminToken() {
        return adminToken;
    }

    /** A new staff token with the given role. */
    String token(Role role) {
        return server.staff().tokens().create(role, "Test " + role.label()).secret();
    }

    Path dataDirectory() {
        return directory.resolve("data");
    }

    String url(String path) {
        return origin() + path;
    }

    /** A manifest of one report (a copy of Zoetermeer's text) whose title and programme hold markup. */
    private static Path plantedManifest(Path directory) {
        try {
            Path dir = Files.createDirectories(directory.resolve("planted"));
            Files.copy(BundledStore.MANIFEST.resolveSibling("004_b1e1bcdbb5565e5f.txt"), dir.resolve("report.txt"));
            Path manifest = dir.resolve("manifest.yaml");
            Files.writeString(manifest, """
                    sources:
                      - id: %s
                        file: report.txt
                        municipality: %s
                        fiscalYear: 2021
                        kind: jaarrekening
                        programme: '%s'
                        title: '%s'
                    """.formatted(PLANTED_ID, PLANTED_MUNICIPALITY, PLANTED_PROGRAMME, PLANTED_TITLE));
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void close() {
        server.stop();
        store.close();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp directory left behind is harmless
        }
    }
}
