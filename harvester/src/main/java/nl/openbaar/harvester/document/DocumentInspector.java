package nl.openbaar.harvester.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import nl.openbaar.harvester.privacy.PersonalDataScanner;
import nl.openbaar.harvester.text.ExtractedText;
import nl.openbaar.harvester.text.ExtractionException;
import nl.openbaar.harvester.text.TextExtractor;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The document pipeline register uploads go through: a safe file name, a format the Woo index accepts, content that is
 * what its name and declared type say (Tika detects it from the bytes alone), no decompression bomb, then Tika's text
 * (per page) and metadata, and the personal-data scan of both.
 */
public final class DocumentInspector {
    /** Bytes a ZIP container may expand to at most, and the largest expansion ratio over {@link #RATIO_FLOOR}. */
    public static final long DEFAULT_MAX_EXPANDED = 200L * 1024 * 1024;
    private static final long RATIO_FLOOR = 20L * 1024 * 1024;
    private static final int MAX_RATIO = 100;
    private static final List<String> GENERIC_TYPES = List.of("application/octet-stream", "binary/octet-stream", "application/x-www-form-urlencoded");

    private final TextExtractor extractor = new TextExtractor();
    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();
    private final PersonalDataScanner scanner = new PersonalDataScanner();
    private final long maxExpanded;

    public DocumentInspector() {
        this(DEFAULT_MAX_EXPANDED);
    }

    public DocumentInspector(long maxExpanded) {
        this.maxExpanded = maxExpanded;
    }

    /** Inspects an uploaded file; a {@link RejectedDocument} says why it cannot be accepted. */
    public InspectedDocument inspect(Path file, String fileName, String declaredType) {
        String name = FileNames.requireSafe(fileName);
        AcceptedFormat format = AcceptedFormat.byFileName(name).orElseThrow(() -> new RejectedDocument("unsupported-file-type", 415,
                "'" + name + "' is not of a file type the register accepts (" + AcceptedFormat.extensionsList() + ")"));
        String declared = declaredType == null ? null : declaredType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (declared != null && !declared.isEmpty() && !GENERIC_TYPES.contains(declared) && !format.accepts(declared)) {
            throw new RejectedDocument("content-type-mismatch", 415, "the upload is declared as " + declared + " but its name says "
                    + format.code());
        }
        if (format.isZipContainer() && isZip(file)) {
            // before anything unpacks it, detection included
            checkExpansion(file, name);
        }
        String detected = detect(file);
        if (!format.accepts(detected)) {
            throw new RejectedDocument("content-type-mismatch", 415, "the content of '" + name + "' is " + detected + ", not "
                    + format.code() + " as its name says");
        }
        Metadata metadata = new Metadata();
        ExtractedText text;
        try {
            text = extractor.extract(Files.readAllBytes(file), name, metadata);
        } catch (ExtractionException e) {
            if (String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("bomb")) {
                throw new RejectedDocument("decompression-bomb", 422, "'" + name + "' expands far beyond its size (" + e.getMessage() + ")");
            }
            throw new RejectedDocument("unreadable-document", 422, "'" + name + "' cannot be read: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> pages = pages(text);
        boolean paged = !pages.isEmpty();
        if (!paged) {
            pages = List.of(text.text());
        }
        Map<String, List<String>> fields = metadata(metadata);
        return new InspectedDocument(format, detected, text.title(), text.text(), pages, paged, fields, scanner.scan(pages, paged, fields));
    }

    private static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String detect(Path file) {
        try (InputStream in = TikaInputStream.get(file)) {
            MediaType type = detector.detect(in, new Metadata());
            return type.getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Inflates every entry, counting, and stops as soon as the total is too large (entry sizes in the ZIP can lie). */
    private void checkExpansion(Path file, String name) {
        long size;
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            size = Math.max(1, Files.size(file));
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                try (InputStream in = zip.getInputStream(entries.nextElement())) {
                    int read;
                    while ((read = in.read(buffer)) > 0) {
                        total += read;
                        if (total > maxExpanded) {
                            throw bomb(name, "more than " + maxExpanded / (1024 * 1024) + " MB");
                        }
                    }
                }
            }
        } catch (ZipException e) {
            throw new RejectedDocument("unreadable-document", 422, "'" + name + "' is not a readable " + name.substring(name.lastIndexOf('.') + 1)
                    + " file: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (total > RATIO_FLOOR && total / size > MAX_RATIO) {
            throw bomb(name, total / size + " times its size");
        }
    }

    private static RejectedDocument bomb(String name, String how) {
        return new RejectedDocument("decompression-bomb", 422, "'" + name + "' expands to " + how + ": refused as a decompression bomb");
    }

    /** The text per page of a paged format (PDF), from Tika's XHTML; empty for formats without pages. */
    private static List<String> pages(ExtractedText text) {
        String xhtml = text.isTaggedPdf() ? text.layoutXhtml() : text.xhtml();
        List<String> pages = new ArrayList<>();
        if (xhtml == null || !xhtml.contains("class=\"page\"")) {
            return pages;
        }
        for (Element page : Jsoup.parse(xhtml).select("div.page")) {
            pages.add(page.wholeText());
        }
        return pages;
    }

    private static Map<String, List<String>> metadata(Metadata metadata) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String field : new TreeSet<>(List.of(metadata.names()))) {
            if (!field.startsWith("X-TIKA:") && !field.equals("Content-Type")) {
                fields.put(field, List.of(metadata.getValues(field)));
            }
        }
        return fields;
    }
}
