package nl.openbaar.harvester.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {

    @TempDir
    Path dir;

    private static final String VALID_FILE_ENTRY = """
              - id: hilversum-2022-jaarrekening
                file: reports/hilversum-2022.txt
                municipality: GM0402
                fiscalYear: 2022
                kind: jaarrekening
                programme: Dienstverlening
                part: Burgerzaken
                title: "Jaarrekening 2022 Hilversum"
                published: 2023-06-30
            """;

    private static final String VALID_URL_ENTRY = """
              - id: groningen-2022-begroting
                url: https://example.org/begroting-2022.pdf
                municipality: "0014"
                fiscalYear: 2022
                kind: begroting
                programme: 4.1 Dienstverlening
                title: "Programmabegroting 2022 Groningen"
            """;

    private Path manifest(String yaml) throws IOException {
        Path file = dir.resolve("manifest.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private Path manifestOf(String... entries) throws IOException {
        return manifest("sources:\n" + String.join("", entries));
    }

    private static String entry(String id, String extraLines) {
        return "  - id: " + id + "\n"
                + "    municipality: GM0402\n"
                + "    fiscalYear: 2021\n"
                + "    kind: jaarverslag\n"
                + "    programme: Bestuur\n"
                + "    title: \"Jaarverslag 2021\"\n"
                + extraLines;
    }

    private String problemsOf(Path manifest) {
        return assertThrows(ManifestException.class, () -> Manifest.read(manifest)).getMessage();
    }

    @Test
    void readsAValidManifestIntoSourcesInOrder() throws IOException {
        Manifest manifest = Manifest.read(manifestOf(VALID_FILE_ENTRY, VALID_URL_ENTRY));
        assertEquals(List.of("hilversum-2022-jaarrekening", "groningen-2022-begroting"),
                manifest.sources().stream().map(Source::id).toList());
    }

    @Test
    void resolvesAFileRelativeToTheManifest() throws IOException {
        Source source = Manifest.read(manifestOf(VALID_FILE_ENTRY)).sources().get(0);
        assertEquals(Optional.of(dir.toAbsolutePath().resolve("reports/hilversum-2022.txt")), source.file());
        assertTrue(source.file().orElseThrow().isAbsolute());
        assertEquals(Optional.empty(), source.url());
    }

    @Test
    void readsEveryFieldOfAFileSource() throws IOException {
        Source source = Manifest.read(manifestOf(VALID_FILE_ENTRY)).sources().get(0);
        assertEquals("GM0402", source.municipality().code());
        assertEquals("Hilversum", source.municipality().name());
        assertEquals(2022, source.fiscalYear());
        assertEquals(ReportKind.JAARREKENING, source.kind());
        assertEquals("Dienstverlening", source.programme());
        assertEquals(Optional.of("Burgerzaken"), source.part());
        assertEquals("Jaarrekening 2022 Hilversum", source.title());
        assertEquals(Optional.of(LocalDate.of(2023, 6, 30)), source.published());
        assertEquals("hilversum-2022.txt", source.fileName());
    }

    @Test
    void readsAUrlSourceWithoutOptionalFields() throws IOException {
        Source source = Manifest.read(manifestOf(VALID_URL_ENTRY)).sources().get(0);
        assertEquals(Optional.of(URI.create("https://example.org/begroting-2022.pdf")), source.url());
        assertEquals(Optional.empty(), source.file());
        assertEquals("GM0014", source.municipality().code());
        assertEquals(ReportKind.BEGROTING, source.kind());
        assertEquals(Optional.empty(), source.part());
        assertEquals(Optional.empty(), source.published());
        assertEquals("begroting-2022.pdf", source.fileName());
    }

    @Test
    void readsJaarstukkenAsJaarrekening() throws IOException {
        Source source = Manifest.read(manifestOf(entry("z-2021", "    file: z.txt\n").replace("kind: jaarverslag", "kind: jaarstukken")))
                .sources().get(0);
        assertEquals(ReportKind.JAARREKENING, source.kind());
    }

    @Test
    void rejectsAnUnknownMunicipalityCodeNamingIt() throws IOException {
        String message = problemsOf(manifestOf(entry("a", "    file: a.txt\n").replace("GM0402", "GM9999")));
        assertTrue(message.contains("source 1 (a)"), message);
        assertTrue(message.contains("GM9999"), message);
        assertTrue(message.contains("unknown municipality code"), message);
    }

    @Test
    void rejectsAMissingTitle() throws IOException {
        String message = problemsOf(manifestOf(entry("a", "    file: a.txt\n").replace("    title: \"Jaarverslag 2021\"\n", "")));
        assertTrue(message.contains("source 1 (a)"), message);
        assertTrue(message.contains("'title' is missing"), message);
    }

    @Test
    void rejectsABlankTitle() throws IOException {
        String message = problemsOf(manifestOf(entry("a", "    file: a.txt\n").replace("\"Jaarverslag 2021\"", "\"  \"")));
        assertTrue(message.contains("'title' is missing"), message);
    }

    @Test
    void rejectsAnEntryWithBothFileAndUrl() throws IOException {
        String message = problemsOf(manifestOf(entry("a", "    file: a.txt\n    url: https://example.org/a.pdf\n")));
        assertTrue(message.contains("source 1 (a)"), message);
        assertTrue(message.contains("give exactly one of 'file' and 'url'"), message);
    }

    @Test
    void rejectsAnEntryWithNeitherFileNorUrl() throws IOException {
        String message = problemsOf(manifestOf(entry("a", "")));
        assertTrue(message.contains("give exactly one of 'file' and 'url'"), message);
    }

    @Test
    void rejectsAUrlThatIsNotHttp() throws IOException {
        String message = problemsOf(manifestOf(entry("a", "    url: ftp://example.org/a.pdf\n")));
        assertTrue(message.contains("'url' must be an http(s) URL: ftp://example.org/a.pdf"), message);
    }

    @Test
    void rejectsAnIdThatCannotBeUsedInAnIri() throws IOException {
        String message = problemsOf(manifestOf(entry("Bad Id", "    file: a.txt\n")));
        assertTrue(message.contains("source 1 (Bad Id)"), message);
        assertTrue(message.contains("invalid source id 'Bad Id'"), message);
    }

    @Test
    void rejectsAMissingId() throws IOException {
        String message = problemsOf(manifestOf(entry("a", "    file: a.txt\n").replace("  - id: a\n", "  - file: b.txt\n")
                .replace("    file: a.txt\n", "")));
        assertTrue(message.contains("source 1: invalid source id 'null'"), message);
    }

    @Test
    void rejectsAnIdUsedTwice() throws IOException {
        String message = problemsOf(manifestOf(entry("same", "    file: a.txt\n"), entry("same", "    file: b.txt\n")));
        assertTrue(message.contains("source 2 (same): the id is used twice"), message);
        assertFalse(message.contains("source 1"), message);
    }

    @Test
    void rejectsAFiscalYearThatIsNotAYear() throws IOException {
        String message = problemsOf(manifestOf(entry("a", "    file: a.txt\n").replace("fiscalYear: 2021", "fiscalYear: 21")));
        assertTrue(message.contains("'fiscalYear' must be a year such as 2022, not 21"), message);
    }

    @Test
    void rejectsAnUnknownReportKind() throws IOException {
        String message = problemsOf(manifestOf(entry("a", "    file: a.txt\n").replace("kind: jaarverslag", "kind: kadernota")));
        assertTrue(message.contains("unknown report kind 'kadernota'"), message);
    }

    @Test
    void rejectsAPublicationDateThatIsNotADate() throws IOException {
        String message = problemsOf(manifestOf(entry("a", "    file: a.txt\n    published: 30-06-2023\n")));
        assertTrue(message.contains("'published' must be a date such as 2023-06-30, not 30-06-2023"), message);
    }

    @Test
    void rejectsAnUnknownFieldNamingIt() throws IOException {
        String message = problemsOf(manifestOf(entry("a", "    file: a.txt\n    gemeente: Hilversum\n")));
        assertTrue(message.contains("gemeente"), message);
    }

    @Test
    void rejectsAManifestWithoutSources() throws IOException {
        String message = problemsOf(manifest("# nothing here\nsources: []\n"));
        assertTrue(message.contains("it lists no sources"), message);
    }

    @Test
    void reportsEveryProblemAtOnceNamingTheManifest() throws IOException {
        Path file = manifestOf(
                entry("unknown-town", "    file: a.txt\n").replace("GM0402", "GM9999"),
                entry("no-title", "    file: b.txt\n").replace("    title: \"Jaarverslag 2021\"\n", ""),
                entry("both", "    file: c.txt\n    url: https://example.org/c.pdf\n"),
                entry("Bad Id", "    file: d.txt\n"),
                entry("twice", "    file: e.txt\n"),
                entry("twice", "    file: f.txt\n"));
        String message = problemsOf(file);
        assertTrue(message.contains(file.toString()), message);
        assertTrue(message.contains("source 1 (unknown-town): unknown municipality code 'GM9999'"), message);
        assertTrue(message.contains("source 2 (no-title): 'title' is missing"), message);
        assertTrue(message.contains("source 3 (both): give exactly one of 'file' and 'url'"), message);
        assertTrue(message.contains("source 4 (Bad Id): invalid source id 'Bad Id'"), message);
        assertTrue(message.contains("source 6 (twice): the id is used twice"), message);
        assertEquals(5, message.lines().filter(line -> line.startsWith("  - ")).count(), message);
    }

    @Test
    void recognisesYamlFilesAsManifests() {
        assertTrue(Manifest.looksLikeManifest(Path.of("datasets/manifest.yaml")));
        assertTrue(Manifest.looksLikeManifest(Path.of("SOURCES.YML")));
        assertFalse(Manifest.looksLikeManifest(Path.of("report.pdf")));
    }
}
