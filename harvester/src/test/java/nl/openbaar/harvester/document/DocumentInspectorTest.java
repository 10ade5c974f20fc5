package nl.openbaar.harvester.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.openbaar.harvester.privacy.Finding;
import nl.openbaar.harvester.privacy.FindingKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Uploads through the document pipeline: real files through Tika, refused for a clear reason or read and scanned. */
class DocumentInspectorTest {
    @TempDir
    Path dir;
    private final DocumentInspector inspector = new DocumentInspector();

    private Path file(String name, byte[] content) throws Exception {
        return Files.write(dir.resolve("upload-" + System.nanoTime()), content);
    }

    @Test
    void aPdfIsReadPerPageAndItsBsnAndMetadataAreFound() throws Exception {
        byte[] pdf = Fixtures.pdf("jan.jansen@example.nl", "Besluit op verzoek", "Verzoeker met BSN 123456782 vraagt om informatie.");
        InspectedDocument document = inspector.inspect(file("besluit.pdf", pdf), "besluit.pdf", "application/pdf");
        assertEquals(AcceptedFormat.PDF, document.format());
        assertEquals(2, document.pages().size());
        assertTrue(document.text().contains("vraagt om informatie"));
        Finding bsn = document.findings().stream().filter(f -> f.kind() == FindingKind.BSN).findFirst().orElseThrow();
        assertEquals(2, bsn.page());
        assertTrue(bsn.needsRedaction());
        Finding author = document.findings().stream().filter(f -> f.kind() == FindingKind.EMAIL).findFirst().orElseThrow();
        assertTrue(author.location().startsWith("metadata: "), author.location());
    }

    @Test
    void aTextFileNamedPdfIsRefusedAsLyingAboutItsType() throws Exception {
        Path fake = file("x", "gewoon tekst, geen PDF".getBytes(StandardCharsets.UTF_8));
        RejectedDocument e = assertThrows(RejectedDocument.class, () -> inspector.inspect(fake, "rapport.pdf", "application/pdf"));
        assertEquals("content-type-mismatch", e.code());
        assertEquals(415, e.status());
    }

    @Test
    void aDeclaredTypeThatContradictsTheNameIsRefused() throws Exception {
        Path pdf = file("x", Fixtures.pdf(null, "tekst"));
        assertEquals("content-type-mismatch", assertThrows(RejectedDocument.class,
                () -> inspector.inspect(pdf, "rapport.pdf", "image/png")).code());
    }

    @Test
    void aZipThatExpandsBeyondTheLimitIsADecompressionBomb() throws Exception {
        Path bomb = file("x", Fixtures.docxExpandingTo(40L * 1024 * 1024));
        assertTrue(Files.size(bomb) < 1024 * 1024, "small on disk: " + Files.size(bomb));
        RejectedDocument e = assertThrows(RejectedDocument.class, () -> new DocumentInspector(30L * 1024 * 1024).inspect(bomb, "nota.docx", null));
        assertEquals("decompression-bomb", e.code());
        RejectedDocument byRatio = assertThrows(RejectedDocument.class, () -> inspector.inspect(bomb, "nota.docx", null));
        assertEquals("decompression-bomb", byRatio.code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd.pdf", "..\\boot.pdf", "/tmp/x.pdf", "a/b.pdf", ".hidden.pdf", "c:rapport.pdf", "nul\u0000.pdf"})
    void pathsAndStrangeNamesAreRefused(String name) throws Exception {
        Path pdf = file("x", Fixtures.pdf(null, "tekst"));
        assertEquals("unsafe-file-name", assertThrows(RejectedDocument.class, () -> inspector.inspect(pdf, name, null)).code());
    }

    @Test
    void aFileTypeOutsideTheWooIndexListIsRefused() throws Exception {
        Path exe = file("x", new byte[] {'M', 'Z', 0, 0});
        RejectedDocument e = assertThrows(RejectedDocument.class, () -> inspector.inspect(exe, "setup.exe", null));
        assertEquals("unsupported-file-type", e.code());
    }
}
