package nl.openbaar.harvester.document;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The file types a register upload may have: those of the Woo index's file-type list (PLOOI filetypes) that Openbaar
 * can read and scan for personal data. Archives (ZIP, 7z) are not accepted: their contents could not be checked.
 */
public enum AcceptedFormat {
    PDF("PDF", List.of("pdf"), List.of("application/pdf"), false),
    DOCX("DOCX", List.of("docx"), List.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), true),
    DOC("DOC", List.of("doc"), List.of("application/msword"), false),
    ODT("ODT", List.of("odt"), List.of("application/vnd.oasis.opendocument.text"), true),
    ODS("ODS", List.of("ods"), List.of("application/vnd.oasis.opendocument.spreadsheet"), true),
    ODP("ODP", List.of("odp"), List.of("application/vnd.oasis.opendocument.presentation"), true),
    XLSX("XLSX", List.of("xlsx"), List.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), true),
    XLS("XLS", List.of("xls"), List.of("application/vnd.ms-excel"), false),
    PPTX("PPTX", List.of("pptx"), List.of("application/vnd.openxmlformats-officedocument.presentationml.presentation"), true),
    PPT("PPT", List.of("ppt"), List.of("application/vnd.ms-powerpoint"), false),
    RTF("RTF", List.of("rtf"), List.of("application/rtf"), false),
    CSV("CSV", List.of("csv"), List.of("text/csv", "text/plain"), false),
    TXT("TXT", List.of("txt"), List.of("text/plain"), false),
    HTML("HTML", List.of("html", "htm"), List.of("text/html", "application/xhtml+xml"), false);

    private static final String EU_FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";

    private final String code;
    private final List<String> extensions;
    private final List<String> mediaTypes;
    private final boolean zipContainer;

    AcceptedFormat(String code, List<String> extensions, List<String> mediaTypes, boolean zipContainer) {
        this.code = code;
        this.extensions = extensions;
        this.mediaTypes = mediaTypes;
        this.zipContainer = zipContainer;
    }

    /** The EU file-type IRI DiWoo uses for {@code format} (list ccw_plooi_filetypes). */
    public String fileTypeIri() {
        return EU_FILE_TYPE + code;
    }

    public String code() {
        return code;
    }

    /** The media type files of this format are served with. */
    public String mediaType() {
        return mediaTypes.get(0);
    }

    /** True when a media type (as Tika detects it, or as declared) is one of this format's. */
    public boolean accepts(String mediaType) {
        if (mediaType == null) {
            return false;
        }
        String base = mediaType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        return mediaTypes.contains(base);
    }

    /** Office Open XML and OpenDocument files are ZIP containers, and so can be decompression bombs. */
    public boolean isZipContainer() {
        return zipContainer;
    }

    /** The format a file name's extension names. */
    public static Optional<AcceptedFormat> byFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extensions.contains(extension)).findFirst();
    }

    /** The extensions accepted, for messages. */
    public static String extensionsList() {
        return String.join(", ", Arrays.stream(values()).flatMap(f -> f.extensions.stream()).toList());
    }
}
