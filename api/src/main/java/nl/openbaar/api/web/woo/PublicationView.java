package nl.openbaar.api.web.woo;

import java.util.List;
import nl.openbaar.api.woo.publication.PublicEntry;
import nl.openbaar.api.woo.publication.PublicFile;

/** A public publication as its page shows it: DiWoo metadata in words, its files, and a withdrawal with its reason. */
public record PublicationView(String id, String title, String description, List<String> categories, String publisher,
                              String responsible, String creationDate, String documentKind, String language, List<String> themes,
                              List<String> identifiers, String issued, String modified, boolean withdrawn, String withdrawalReason,
                              String withdrawnOn, List<FileView> files) {

    /** One file: name, type, size and where to download it (nowhere once the publication is withdrawn). */
    public record FileView(String fileName, String mediaType, String size, String sha256, int version, String modified, String download) {
    }

    static PublicationView of(PublicEntry e) {
        List<FileView> files = e.files().stream().map(f -> file(e, f)).toList();
        return new PublicationView(e.id(), e.title(), e.description(), e.categories().stream().map(WooLabels::category).toList(),
                WooLabels.organisation(e.publisher()), WooLabels.organisation(e.responsible()), WooLabels.date(e.creationDate()),
                WooLabels.documentKind(e.documentKind()), WooLabels.language(e.language()), e.themes().stream().map(WooLabels::theme).toList(),
                e.identifiers(), WooLabels.date(e.issued() != null ? e.issued() : e.registered()), WooLabels.date(e.modified()), e.withdrawn(),
                WooLabels.withdrawalReason(e.withdrawalReason()), WooLabels.date(e.withdrawnOn()), files);
    }

    private static FileView file(PublicEntry e, PublicFile f) {
        String download = e.withdrawn() ? null : "/api/v1/publications/" + e.id() + "/files/" + f.id();
        return new FileView(f.fileName(), f.mediaType(), size(f.size()), f.sha256(), f.version(), WooLabels.date(f.modified()), download);
    }

    public String path() {
        return "/woo/publicaties/" + id;
    }

    public String diwooPath() {
        return "/woo/diwoo/" + id + ".xml";
    }

    public String jsonPath() {
        return "/api/v1/publications/" + id;
    }

    private static String size(Long bytes) {
        if (bytes == null) {
            return null;
        }
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        return bytes < 1024 * 1024 ? Math.round(bytes / 1024.0) + " kB" : String.format(java.util.Locale.forLanguageTag("nl-NL"), "%.1f MB", bytes / 1048576.0);
    }
}
