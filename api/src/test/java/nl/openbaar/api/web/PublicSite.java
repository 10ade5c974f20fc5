package nl.openbaar.api.web;

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
 * pages print metadata as text.
 */
final class PublicSite {
    /** Markup planted in the metadata of one report: a page that runs it would set {@code window.planted}. */
    static final String PLANTED = "<script>window.planted = 1</script>";
    static final String PLANTED_TITLE = "Jaarstukken 2021 " + PLANTED + " & \"Amsterdam\"";
    static final String PLANTED_PROGRAMME = "Dienstverlening <img src=x onerror=\"window.planted = 2\">";
    static final String PLANTED_ID = "planted-2021-jaarstukken";
    static final String PLANTED_MUNICIPALITY = "GM0363";

    private static PublicSite site;

    private final Path directory;
    private final TdbStore store;
    private final OpenbaarServer server;

    private PublicSite(Path directory) {
        this.directory = directory;
        this.store = TdbStore.open(directory.resolve("store"));
        List<Source> sources = new ArrayList<>(Manifest.read(BundledStore.MANIFEST).sources());
        sources.addAll(Manifest.read(plantedManifest(directory)).sources());
        new ManifestHarvest(new Harvester(store, BundledStore.IRIS), new Catalog(store, BundledStore.IRIS, new CatalogValidator()),
                new HarvestReport(new PrintWriter(Writer.nullWriter()))).harvestAll(sources);
        this.server = new OpenbaarServer(store, BundledStore.IRIS, Duration.ofSeconds(30)).start("127.0.0.1", 0);
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
