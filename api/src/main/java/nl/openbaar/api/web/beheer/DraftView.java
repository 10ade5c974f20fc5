package nl.openbaar.api.web.beheer;

import java.util.List;
import nl.openbaar.api.web.woo.WooLabels;
import nl.openbaar.api.woo.publication.Draft;

/**
 * A publication as staff review it: status, metadata in words, and per file its newest version with the findings of
 * the personal-data gate (masked values only) and how each was resolved.
 */
public record DraftView(String id, String status, String title, String description, List<String> categories, String publisher,
                        String modified, List<FileView> files, int openFindings) {

    /** One file: its newest version and that version's findings; earlier versions are counted. */
    public record FileView(String id, String fileName, int version, int versions, String uploaded, String reason, List<FindingView> findings) {
    }

    /** One finding: what kind, where, the masked value, and whether (and why) it was resolved. */
    public record FindingView(String id, String label, Integer page, String location, String masked, boolean needsRedaction,
                              boolean resolved, String resolution) {
    }

    public boolean concept() {
        return Draft.CONCEPT.equals(status);
    }

    public String path() {
        return "/beheer/publicaties/" + id;
    }

    public String publicPath() {
        return "/woo/publicaties/" + id;
    }

    static DraftView of(Draft d) {
        List<FileView> files = d.files.stream().map(DraftView::file).toList();
        int open = (int) files.stream().flatMap(f -> f.findings().stream()).filter(f -> !f.resolved()).count();
        return new DraftView(d.id, d.status, d.metadata.officialTitle, d.metadata.description,
                d.metadata.informationCategories.stream().map(WooLabels::category).toList(), WooLabels.organisation(d.metadata.publisher),
                WooLabels.date(d.modified), files, open);
    }

    private static FileView file(Draft.StoredFile f) {
        Draft.Version v = f.latest();
        List<FindingView> findings = v.findings.stream().map(x -> new FindingView(x.id, x.kindLabel, x.page, x.location, x.masked,
                x.needsRedaction, x.resolution != null, x.resolution == null ? null : x.resolution.reason)).toList();
        return new FileView(f.id, v.fileName, v.version, f.versions.size(), WooLabels.date(v.uploaded), v.reason, findings);
    }
}
