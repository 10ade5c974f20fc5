package nl.openbaar.api.woo.publication;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.openbaar.api.problem.Problem;
import nl.openbaar.api.problem.ProblemException;
import nl.openbaar.api.staff.AuditLog;
import nl.openbaar.api.staff.StaffJson;
import nl.openbaar.api.staff.StaffMember;
import nl.openbaar.api.woo.diwoo.WooLists;
import nl.openbaar.harvester.document.DocumentInspector;
import nl.openbaar.harvester.document.InspectedDocument;
import nl.openbaar.harvester.document.RejectedDocument;
import nl.openbaar.harvester.privacy.Finding;
import nl.openbaar.store.Store;
import nl.openbaar.vocab.Iris;

/**
 * What staff do with publications: create with DiWoo metadata, upload files through the document pipeline, resolve
 * findings, publish (refused while a finding is open), correct a file with a new version, withdraw with a reason.
 * Every change is audited; what is public is written to the publication's public graph in the store.
 */
public final class PublicationService {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DraftRepository drafts;
    private final FileStore files;
    private final Store store;
    private final Iris iris;
    private final AuditLog audit;
    private final DocumentInspector inspector;
    private final PublicationGraph graph;
    private final MetadataCheck check = new MetadataCheck();
    private final Clock clock;

    public PublicationService(DraftRepository drafts, FileStore files, Store store, Iris iris, AuditLog audit, DocumentInspector inspector, Clock clock) {
        this.drafts = drafts;
        this.files = files;
        this.store = store;
        this.iris = iris;
        this.audit = audit;
        this.inspector = inspector;
        this.graph = new PublicationGraph(iris, files);
        this.clock = clock;
    }

    private final List<java.util.function.Consumer<Draft>> publicChanges = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** {@code listener} hears of every publication that was published or withdrawn (called outside this service's lock). */
    public void whenPublicChanges(java.util.function.Consumer<Draft> listener) {
        publicChanges.add(listener);
    }

    public Draft create(StaffMember who, MetadataInput input) {
        return create(who, input, null);
    }

    /** A concept; {@code wooRequest} names the Woo request whose decision it holds (null for other publications). */
    public synchronized Draft create(StaffMember who, MetadataInput input, String wooRequest) {
        Draft draft = new Draft();
        draft.wooRequest = wooRequest;
        byte[] random = new byte[4];
        RANDOM.nextBytes(random);
        draft.id = "pub-" + clock.instant().atZone(ZoneOffset.UTC).getYear() + "-" + HexFormat.of().formatHex(random);
        draft.metadata = check.apply(input, null);
        draft.created = clock.instant();
        draft.modified = draft.created;
        drafts.save(draft);
        audit.record(who, "publication.create", draft.id, null, draft);
        return draft;
    }

    public synchronized Draft updateMetadata(StaffMember who, String id, MetadataInput input) {
        Draft draft = existing(id);
        requireNot(draft, Draft.WITHDRAWN, "a withdrawn publication cannot be changed");
        Object before = snapshot(draft);
        draft.metadata = check.apply(input, draft.metadata);
        draft.modified = clock.instant();
        save(draft);
        audit.record(who, "publication.update-metadata", id, before, draft);
        return draft;
    }

    /** Adds a file; the upload is inspected first, and nothing is kept when it is refused. */
    public synchronized Draft addFile(StaffMember who, String id, FileStore.Incoming upload, String fileName, String declaredType) {
        Draft draft = existingOrDiscard(id, upload);
        if (!Draft.CONCEPT.equals(draft.status)) {
            files.discard(upload);
            throw conflict("files are added to a concept; replace a file of a published publication with a corrected version");
        }
        Object before = snapshot(draft);
        Draft.StoredFile file = new Draft.StoredFile();
        file.id = "f" + (draft.files.size() + 1);
        file.versions.add(version(who, upload, fileName, declaredType, 1, null));
        draft.files.add(file);
        draft.modified = clock.instant();
        save(draft);
        audit.record(who, "publication.add-file", id + "/" + file.id, before, draft);
        return draft;
    }

    /** A corrected or redacted version replaces a file; the earlier versions stay in its history. */
    public synchronized Draft replaceFile(StaffMember who, String id, String fileId, FileStore.Incoming upload, String fileName,
                                          String declaredType, String reason) {
        Draft draft = existingOrDiscard(id, upload);
        Draft.StoredFile file = draft.file(fileId);
        if (file == null) {
            files.discard(upload);
            throw notFound("publication " + id + " has no file " + fileId);
        }
        if (Draft.WITHDRAWN.equals(draft.status)) {
            files.discard(upload);
            throw conflict("publication " + id + " is withdrawn");
        }
        Object before = snapshot(draft);
        file.versions.add(version(who, upload, fileName, declaredType, file.latest().version + 1, reason));
        draft.modified = clock.instant();
        save(draft);
        audit.record(who, "publication.replace-file", id + "/" + fileId, before, draft);
        return draft;
    }

    /** Resolves a finding as a false positive, with a reason; a certain BSN can only be resolved by a redacted version. */
    public synchronized Draft resolveFinding(StaffMember who, String id, String fileId, String findingId, String reason) {
        Draft draft = existing(id);
        Draft.StoredFile file = draft.file(fileId);
        Draft.StoredFinding finding = file == null ? null : file.versions.stream().flatMap(v -> v.findings.stream())
                .filter(f -> f.id.equals(findingId)).findFirst().orElse(null);
        if (finding == null) {
            throw notFound("publication " + id + " has no finding " + findingId + " in file " + fileId);
        }
        if (finding.needsRedaction) {
            throw conflict("a burgerservicenummer cannot be resolved as a false positive: upload a redacted version of the file");
        }
        if (reason == null || reason.strip().length() < 5) {
            throw ProblemException.of("bad-resolution", "Bad resolution", 400, "say why this is not personal data (a reason of at least 5 characters)");
        }
        if (finding.resolution != null) {
            throw conflict("finding " + findingId + " is already resolved");
        }
        Object before = snapshot(draft);
        Draft.Resolution resolution = new Draft.Resolution();
        resolution.as = "false-positive";
        resolution.reason = reason.strip();
        resolution.by = who.id();
        resolution.at = clock.instant();
        finding.resolution = resolution;
        draft.modified = clock.instant();
        save(draft);
        audit.record(who, "publication.resolve-finding", id + "/" + fileId + "/" + findingId, before, draft);
        return draft;
    }

    /** Publishes a concept; refused (409, with the open findings) while any file's newest version has an unresolved finding. */
    public Draft publish(StaffMember who, String id) {
        return announced(publishLocked(who, id));
    }

    private Draft announced(Draft draft) {
        publicChanges.forEach(l -> l.accept(draft));
        return draft;
    }

    private synchronized Draft publishLocked(StaffMember who, String id) {
        Draft draft = existing(id);
        if (!Draft.CONCEPT.equals(draft.status)) {
            throw conflict("publication " + id + " is " + draft.status + ", not a concept");
        }
        if (draft.files.isEmpty()) {
            throw conflict("publication " + id + " has no file to publish");
        }
        List<Map<String, Object>> open = new ArrayList<>();
        for (Draft.StoredFile file : draft.files) {
            for (Draft.StoredFinding f : file.latest().findings) {
                if (f.resolution == null) {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("file", file.id);
                    item.put("id", f.id);
                    item.put("kind", f.kind);
                    item.put("label", f.kindLabel);
                    item.put("page", f.page);
                    item.put("location", f.location);
                    item.put("masked", f.masked);
                    item.put("needsRedaction", f.needsRedaction);
                    open.add(item);
                }
            }
        }
        if (!open.isEmpty()) {
            throw new ProblemException(Problem.of("unresolved-findings", "Unresolved personal data", 409, open.size()
                    + " finding(s) of personal data are not resolved: resolve each as a false positive with a reason, or upload a redacted version"
                    + " (a burgerservicenummer only by a redacted version)"), Map.of(), Map.of("findings", open));
        }
        Object before = snapshot(draft);
        draft.status = Draft.PUBLISHED;
        draft.published = clock.instant();
        draft.modified = draft.published;
        save(draft);
        audit.record(who, "publication.publish", id, before, draft);
        return draft;
    }

    public Draft withdraw(StaffMember who, String id, String reason, String explanation) {
        return announced(withdrawLocked(who, id, reason, explanation));
    }

    private synchronized Draft withdrawLocked(StaffMember who, String id, String reason, String explanation) {
        Draft draft = existing(id);
        if (!Draft.PUBLISHED.equals(draft.status)) {
            throw conflict("only a published publication can be withdrawn; " + id + " is " + draft.status);
        }
        String reasonIri = withdrawalReason(reason);
        Object before = snapshot(draft);
        draft.status = Draft.WITHDRAWN;
        draft.withdrawn = clock.instant();
        draft.withdrawalReason = reasonIri;
        draft.withdrawalExplanation = explanation == null ? null : explanation.strip();
        draft.modified = draft.withdrawn;
        save(draft);
        audit.record(who, "publication.withdraw", id, before, draft);
        return draft;
    }

    /** The private record of a publication, if there is one (harvested reports have none). */
    public java.util.Optional<Draft> repositoryFind(String id) {
        return drafts.find(id);
    }

    /** Every private record, concepts included (for the staff pages). */
    public List<Draft> all() {
        return drafts.all();
    }

    public Draft existing(String id) {
        return drafts.find(id).orElseThrow(() -> notFound("there is no publication " + id));
    }

    private Draft existingOrDiscard(String id, FileStore.Incoming upload) {
        try {
            return existing(id);
        } catch (ProblemException e) {
            files.discard(upload);
            throw e;
        }
    }

    /** Saves the private record and, once published, its public graph: the served versions marked public, the replaced ones dated. */
    private void save(Draft draft) {
        if (!Draft.CONCEPT.equals(draft.status)) {
            Instant now = clock.instant();
            for (Draft.StoredFile file : draft.files) {
                Draft.Version served = file.served();
                for (Draft.Version v : file.versions) {
                    if (v != served && v.wasPublic && v.replacedOn == null && served != null && v.version < served.version) {
                        v.replacedOn = now;
                    }
                }
                if (served != null && Draft.PUBLISHED.equals(draft.status)) {
                    served.wasPublic = true;
                }
            }
        }
        drafts.save(draft);
        if (!Draft.CONCEPT.equals(draft.status)) {
            store.replaceGraph(iris.publicationGraph(draft.id), graph.build(draft));
        }
    }

    private Draft.Version version(StaffMember who, FileStore.Incoming upload, String fileName, String declaredType, int number, String reason) {
        InspectedDocument document;
        try {
            document = inspector.inspect(upload.path(), fileName, declaredType);
        } catch (RejectedDocument e) {
            files.discard(upload);
            throw ProblemException.of(e.code(), title(e.code()), e.status(), e.getMessage());
        } catch (RuntimeException e) {
            files.discard(upload);
            throw e;
        }
        files.keep(upload, document.text());
        Draft.Version v = new Draft.Version();
        v.version = number;
        v.fileName = fileName;
        v.format = document.format().fileTypeIri();
        v.formatCode = document.format().code();
        v.mediaType = document.format().mediaType();
        v.sha256 = upload.sha256();
        v.size = upload.size();
        v.pages = document.paged() ? document.pages().size() : null;
        v.uploaded = clock.instant();
        v.uploadedBy = who.id();
        v.reason = reason;
        int n = 0;
        for (Finding f : document.findings()) {
            Draft.StoredFinding stored = new Draft.StoredFinding();
            stored.id = "v" + number + "-" + (++n);
            stored.kind = f.kind().name().toLowerCase(java.util.Locale.ROOT);
            stored.kindLabel = f.kind().label() + (f.certain() ? "" : " (mogelijk)");
            stored.page = f.page();
            stored.location = f.location();
            stored.masked = f.masked();
            stored.needsRedaction = f.needsRedaction();
            v.findings.add(stored);
        }
        return v;
    }

    private static String withdrawalReason(String given) {
        Map<String, String> reasons = WooLists.official().withdrawalReasons();
        String text = given == null ? "" : given.strip();
        for (Map.Entry<String, String> e : reasons.entrySet()) {
            if (e.getKey().equals(text) || e.getKey().endsWith("/" + text) || e.getValue().equalsIgnoreCase(text)) {
                return e.getKey();
            }
        }
        throw ProblemException.of("bad-withdrawal-reason", "Bad withdrawal reason", 400, "the reason must be one of the DiWoo list: "
                + String.join(", ", reasons.entrySet().stream().map(e -> e.getValue() + " (" + e.getKey() + ")").toList()));
    }

    private static Object snapshot(Draft draft) {
        return StaffJson.mapper().valueToTree(draft);
    }

    private static String title(String code) {
        return switch (code) {
            case "unsafe-file-name" -> "Unsafe file name";
            case "unsupported-file-type" -> "Unsupported file type";
            case "content-type-mismatch" -> "Content does not match its type";
            case "decompression-bomb" -> "Decompression bomb";
            default -> "Unreadable document";
        };
    }

    private static ProblemException conflict(String detail) {
        return ProblemException.of("conflict", "Conflict", 409, detail);
    }

    private static ProblemException notFound(String detail) {
        return ProblemException.of("not-found", "Not Found", 404, detail);
    }

    private static void requireNot(Draft draft, String status, String detail) {
        if (status.equals(draft.status)) {
            throw conflict(detail);
        }
    }
}
