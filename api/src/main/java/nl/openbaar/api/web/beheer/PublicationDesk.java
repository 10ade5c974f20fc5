package nl.openbaar.api.web.beheer;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.openbaar.api.problem.ProblemException;
import nl.openbaar.api.staff.Role;
import nl.openbaar.api.woo.diwoo.Categories;
import nl.openbaar.api.woo.diwoo.WooLists;
import nl.openbaar.api.woo.publication.Draft;
import nl.openbaar.api.woo.publication.FileStore;
import nl.openbaar.api.woo.publication.MetadataInput;
import nl.openbaar.api.woo.publication.PublicationService;

/**
 * The publisher's pages: the publications (concepts first), a new publication with its file, and one publication to
 * review: the findings of the personal-data gate, each resolved as a false positive with a reason or by a redacted
 * version of the file, then publish. {@link PublicationService} applies the rules (a BSN only by a redacted version,
 * no publishing while a finding is open) and writes the audit log; a refusal comes back as the page's message.
 */
final class PublicationDesk {
    private static final String BASE = "/beheer/publicaties";

    private final StaffPages pages;
    private final PublicationService service;
    private final FileStore files;
    private final long maxUpload;

    PublicationDesk(StaffPages pages, PublicationService service, FileStore files, long maxUpload) {
        this.pages = pages;
        this.service = service;
        this.files = files;
        this.maxUpload = maxUpload;
    }

    void addTo(RoutesConfig routes) {
        routes.get(BASE, this::list);
        routes.get(BASE + "/nieuw", this::newForm);
        routes.post(BASE, this::create);
        routes.get(BASE + "/{id}", this::show);
        routes.post(BASE + "/{id}/bestanden", this::addFile);
        routes.post(BASE + "/{id}/bestanden/{fileId}", this::replaceFile);
        routes.post(BASE + "/{id}/bestanden/{fileId}/bevindingen/{findingId}", this::resolve);
        routes.post(BASE + "/{id}/publiceren", this::publish);
    }

    private void list(Context ctx) {
        pages.require(ctx, Role.PUBLISHER).ifPresent(s -> {
            List<DraftView> all = service.all().stream()
                    .sorted(Comparator.comparing((Draft d) -> !Draft.CONCEPT.equals(d.status)).thenComparing(d -> d.modified, Comparator.reverseOrder()))
                    .map(DraftView::of).toList();
            pages.render(ctx, s, "beheer/publications.jte", "Publicaties", Map.of("drafts", all));
        });
    }

    private void newForm(Context ctx) {
        pages.require(ctx, Role.PUBLISHER).ifPresent(s -> pages.render(ctx, s, "beheer/new-publication.jte", "Nieuwe publicatie", formModel()));
    }

    private static Map<String, Object> formModel() {
        Map<String, Object> model = new HashMap<>();
        model.put("categories", Categories.all());
        model.put("documentKinds", WooLists.official().documentKinds());
        return model;
    }

    private void create(Context ctx) {
        pages.require(ctx, Role.PUBLISHER).ifPresent(s -> {
            Draft draft;
            try {
                draft = service.create(s.member(), new MetadataInput(field(ctx, "titel"), field(ctx, "omschrijving"),
                        field(ctx, "categorie") == null ? List.of() : List.of(field(ctx, "categorie")), field(ctx, "organisatie"),
                        field(ctx, "verantwoordelijke"), field(ctx, "datum"), field(ctx, "soort"), null, null, null));
            } catch (ProblemException e) {
                StaffPages.done(ctx, s, BASE + "/nieuw", refused(e), false);
                return;
            }
            UploadedFile upload = ctx.uploadedFile("bestand");
            if (upload == null || upload.filename() == null || upload.filename().isBlank()) {
                StaffPages.done(ctx, s, BASE + "/" + draft.id, "Concept " + draft.id + " is aangemaakt. Voeg nu een bestand toe.", true);
                return;
            }
            try {
                Draft withFile = service.addFile(s.member(), draft.id, receive(upload), upload.filename(), upload.contentType());
                StaffPages.done(ctx, s, BASE + "/" + draft.id, afterUpload(withFile), true);
            } catch (ProblemException e) {
                StaffPages.done(ctx, s, BASE + "/" + draft.id, "Concept " + draft.id + " is aangemaakt, maar het bestand is geweigerd: "
                        + e.problem().detail(), false);
            } catch (IOException e) {
                StaffPages.done(ctx, s, BASE + "/" + draft.id, "Concept " + draft.id + " is aangemaakt, maar het bestand kon niet worden gelezen.", false);
            }
        });
    }

    private void show(Context ctx) {
        pages.require(ctx, Role.PUBLISHER).ifPresent(s -> {
            Draft draft = service.repositoryFind(ctx.pathParam("id")).orElse(null);
            if (draft == null) {
                StaffPages.refuse(ctx, 404, "Niet gevonden", "Er is geen publicatie " + ctx.pathParam("id") + ".");
                return;
            }
            pages.render(ctx, s, "beheer/publication.jte", draft.metadata.officialTitle, Map.of("d", DraftView.of(draft)));
        });
    }

    private void addFile(Context ctx) {
        pages.require(ctx, Role.PUBLISHER).ifPresent(s -> {
            String id = ctx.pathParam("id");
            UploadedFile upload = ctx.uploadedFile("bestand");
            if (upload == null || upload.filename() == null || upload.filename().isBlank()) {
                StaffPages.done(ctx, s, BASE + "/" + id, "Kies een bestand om toe te voegen.", false);
                return;
            }
            attempt(ctx, s, id, () -> afterUpload(service.addFile(s.member(), id, receive(upload), upload.filename(), upload.contentType())));
        });
    }

    private void replaceFile(Context ctx) {
        pages.require(ctx, Role.PUBLISHER).ifPresent(s -> {
            String id = ctx.pathParam("id");
            UploadedFile upload = ctx.uploadedFile("bestand");
            if (upload == null || upload.filename() == null || upload.filename().isBlank()) {
                StaffPages.done(ctx, s, BASE + "/" + id, "Kies de geanonimiseerde versie van het bestand.", false);
                return;
            }
            String reason = field(ctx, "reden");
            attempt(ctx, s, id, () -> afterUpload(service.replaceFile(s.member(), id, ctx.pathParam("fileId"), receive(upload),
                    upload.filename(), upload.contentType(), reason == null ? "geanonimiseerde versie" : reason)));
        });
    }

    private void resolve(Context ctx) {
        pages.require(ctx, Role.PUBLISHER).ifPresent(s -> {
            String id = ctx.pathParam("id");
            attempt(ctx, s, id, () -> {
                service.resolveFinding(s.member(), id, ctx.pathParam("fileId"), ctx.pathParam("findingId"), field(ctx, "reden"));
                return "De bevinding is afgehandeld als geen persoonsgegeven.";
            });
        });
    }

    private void publish(Context ctx) {
        pages.require(ctx, Role.PUBLISHER).ifPresent(s -> {
            String id = ctx.pathParam("id");
            attempt(ctx, s, id, () -> {
                service.publish(s.member(), id);
                return "De publicatie is gepubliceerd en staat in het Woo-register.";
            });
        });
    }

    private interface Step {
        String run() throws IOException;
    }

    /** Runs a step of the service and returns to the publication with its outcome as the page's message. */
    private static void attempt(Context ctx, StaffSession s, String id, Step step) {
        try {
            StaffPages.done(ctx, s, BASE + "/" + id, step.run(), true);
        } catch (ProblemException e) {
            if (e.problem().status() == 404) {
                StaffPages.refuse(ctx, 404, "Niet gevonden", e.problem().detail());
            } else {
                StaffPages.done(ctx, s, BASE + "/" + id, refused(e), false);
            }
        } catch (IOException e) {
            StaffPages.done(ctx, s, BASE + "/" + id, "Het bestand kon niet worden gelezen.", false);
        }
    }

    private FileStore.Incoming receive(UploadedFile upload) throws IOException {
        if (upload.size() > maxUpload) {
            throw ProblemException.of("upload-too-large", "Upload too large", 413, "een bestand is hoogstens " + maxUpload + " bytes");
        }
        try (InputStream in = upload.content()) {
            return files.receive(in, maxUpload);
        } catch (FileStore.TooLarge e) {
            throw ProblemException.of("upload-too-large", "Upload too large", 413, "een bestand is hoogstens " + maxUpload + " bytes");
        }
    }

    private static String afterUpload(Draft draft) {
        long open = DraftView.of(draft).openFindings();
        return open == 0 ? "Het bestand is opgeslagen; er zijn geen open bevindingen."
                : "Het bestand is opgeslagen. Er " + (open == 1 ? "is 1 bevinding" : "zijn " + open + " bevindingen")
                        + " van persoonsgegevens om te beoordelen.";
    }

    private static String refused(ProblemException e) {
        return "Niet gelukt: " + e.problem().detail();
    }

    private static String field(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
