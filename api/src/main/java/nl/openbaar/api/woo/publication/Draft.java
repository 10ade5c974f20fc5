package nl.openbaar.api.woo.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A publication as the register keeps it privately in {@code <data>/woo/publications/<id>.json}: its DiWoo metadata,
 * status, every version of every file with its personal-data findings, and its dates. Only what is published of it
 * becomes public (see {@link PublicationGraph}); a concept is never public.
 */
public final class Draft {
    public static final String CONCEPT = "concept";
    public static final String PUBLISHED = "gepubliceerd";
    public static final String WITHDRAWN = "ingetrokken";

    public String id;
    public String status = CONCEPT;
    public Metadata metadata = new Metadata();
    public List<StoredFile> files = new ArrayList<>();
    public Instant created;
    public Instant modified;
    public Instant published;
    public Instant withdrawn;
    public String withdrawalReason;
    public String withdrawalExplanation;
    /** The Woo request whose decision this publication holds (made by recording the decision); null for other publications. */
    public String wooRequest;

    /** The DiWoo metadata staff give a publication; identifiers are TOOI IRIs from the official lists. */
    public static final class Metadata {
        public String officialTitle;
        public String description;
        public List<String> informationCategories = new ArrayList<>();
        public String publisher;
        public String responsible;
        public LocalDate creationDate;
        public String documentKind;
        public String language;
        public List<String> themes = new ArrayList<>();
        public List<String> identifiers = new ArrayList<>();
    }

    /** One file of a publication, with every version uploaded; the last is the newest. */
    public static final class StoredFile {
        public String id;
        public List<Version> versions = new ArrayList<>();

        public Version latest() {
            return versions.get(versions.size() - 1);
        }

        /** The version the public gets: the newest without unresolved findings (none while every version has some). */
        public Version served() {
            for (int i = versions.size() - 1; i >= 0; i--) {
                if (versions.get(i).clear()) {
                    return versions.get(i);
                }
            }
            return null;
        }
    }

    /** One uploaded version of a file: stored content-addressed by its SHA-256, with what the gate found in it. */
    public static final class Version {
        public int version;
        public String fileName;
        public String format;
        public String formatCode;
        public String mediaType;
        public String sha256;
        public long size;
        public Integer pages;
        public Instant uploaded;
        public String uploadedBy;
        public String reason;
        public boolean wasPublic;
        public Instant replacedOn;
        public List<StoredFinding> findings = new ArrayList<>();

        /** True when every finding is resolved. */
        public boolean clear() {
            return findings.stream().allMatch(f -> f.resolution != null);
        }
    }

    /** A finding of the personal-data gate, masked, and how staff resolved it. */
    public static final class StoredFinding {
        public String id;
        public String kind;
        public String kindLabel;
        public Integer page;
        public String location;
        public String masked;
        public boolean needsRedaction;
        public Resolution resolution;
    }

    /** A finding resolved as a false positive, with the reason, by whom and when. */
    public static final class Resolution {
        public String as;
        public String reason;
        public String by;
        public Instant at;
    }

    public StoredFile file(String fileId) {
        return files.stream().filter(f -> f.id.equals(fileId)).findFirst().orElse(null);
    }
}
