package nl.openbaar.api.woo.publication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.openbaar.api.listing.ListAnswer;
import nl.openbaar.api.problem.ProblemException;
import nl.openbaar.api.staff.Role;
import nl.openbaar.api.staff.StaffAuth;
import nl.openbaar.api.staff.StaffJson;
import nl.openbaar.api.staff.StaffMember;
import nl.openbaar.api.woo.WooConfig;
import nl.openbaar.api.woo.diwoo.Categories;
import nl.openbaar.vocab.Iris;

/**
 * The publications API: public search, a publication, file download (410 once withdrawn); and for staff (bearer token,
 * role publisher) create, change metadata, upload and correct files, resolve findings, publish and withdraw.
 */
public final class PublicationHandlers {
    private static final Pattern FILENAME = Pattern.compile("filename\\*?=(?:UTF-8'')?\"?([^\";]*)\"?", Pattern.CASE_INSENSITIVE);

    private final PublicationService service;
    private final PublicRegister register;
    private final FileStore files;
    private final StaffAuth auth;
    private final WooConfig config;
    private final PublicationJson views;
    private final ListAnswer list = new ListAnswer(PublicationJson.CSV_COLUMNS);
    private final ObjectMapper json = StaffJson.mapper();

    public PublicationHandlers(PublicationService service, PublicRegister register, FileStore files, StaffAuth auth, WooConfig config, Iris iris) {
        this.service = service;
        this.register = register;
        this.files = files;
        this.auth = auth;
        this.config = config;
        this.views = new PublicationJson(iris);
    }

    /** {@code GET /api/v1/publications}: search by {@code q}, {@code category}, {@code from}, {@code to}. */
    public void search(Context ctx) throws IOException {
        ListAnswer.check(ctx, "q", "category", "from", "to", "page", "pageSize");
        String category = ctx.queryParam("category");
        String categoryIri = null;
        if (category != null && !category.isBlank()) {
            categoryIri = Categories.find(category).map(Categories.Category::iri).orElseThrow(() -> ProblemException.of("bad-parameter",
                    "Bad parameter", 400, "'" + category + "' is not a Woo information category (give its TOOI IRI or id, its code such as infocat012, or its name)"));
        }
        String from = date(ctx.queryParam("from"), "from");
        String to = date(ctx.queryParam("to"), "to");
        List<PublicEntry> found = register.search(ctx.queryParam("q"), categoryIri, from, to);
        boolean csv = ListAnswer.wantsCsv(ctx);
        list.answer(ctx, found.stream().map(e -> csv ? views.row(e) : views.view(e)).toList());
    }

    /** {@code GET /api/v1/publications.csv-metadata.json}: CSVW metadata of the CSV list. */
    public void csvMetadata(Context ctx) throws IOException {
        Map<String, Object> schema = new LinkedHashMap<>();
        List<Map<String, Object>> columns = new ArrayList<>();
        for (String column : PublicationJson.CSV_COLUMNS) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("name", column);
            c.put("titles", column);
            c.put("datatype", column.equals("url") ? "anyURI" : "string");
            if (column.equals("informationCategories")) {
                c.put("separator", " ");
            }
            columns.add(c);
        }
        schema.put("columns", columns);
        schema.put("primaryKey", "id");
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("@context", List.of("http://www.w3.org/ns/csvw", Map.of("@language", "nl")));
        metadata.put("url", "publications.csv");
        metadata.put("dc:title", "Woo-register: publicaties");
        metadata.put("tableSchema", schema);
        ctx.contentType("application/csvm+json").result(json.writeValueAsString(metadata));
    }

    /** {@code GET /api/v1/publications/{id}}: the public view; with a staff token, the private record (concepts, findings). */
    public void get(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        if (ctx.header("Authorization") != null && auth != null) {
            editor(ctx, id);
            staffView(ctx, service.existing(id), 200);
            return;
        }
        PublicEntry entry = register.find(id).orElseThrow(() -> ProblemException.of("not-found", "Not Found", 404, "there is no public publication " + id));
        ctx.contentType("application/json").result(json.writeValueAsString(views.view(entry)));
    }

    /** {@code GET /api/v1/publications/{id}/files/{fileId}}: the file as published; 410 Gone once withdrawn. */
    public void download(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        String fileId = ctx.pathParam("fileId");
        Draft draft = service.repositoryFind(id).filter(d -> !Draft.CONCEPT.equals(d.status))
                .orElseThrow(() -> ProblemException.of("not-found", "Not Found", 404, "there is no published file " + fileId + " of " + id));
        Draft.StoredFile file = draft.file(fileId);
        Draft.Version served = file == null ? null : file.served();
        if (served == null || !served.wasPublic) {
            throw ProblemException.of("not-found", "Not Found", 404, "there is no published file " + fileId + " of " + id);
        }
        if (Draft.WITHDRAWN.equals(draft.status)) {
            throw ProblemException.of("gone", "Gone", 410, "publication " + id + " was withdrawn on " + draft.withdrawn
                    + "; its files are no longer available (see the publication for the reason)");
        }
        ctx.header("Content-Disposition", "attachment; filename=\"" + served.fileName.replace("\"", "") + "\"");
        ctx.header("ETag", "\"" + served.sha256 + "\"");
        ctx.header("Content-Length", String.valueOf(served.size));
        ctx.contentType(served.mediaType);
        InputStream in = Files.newInputStream(files.content(served.sha256));
        ctx.result(in);
    }

    public void create(Context ctx) throws IOException {
        StaffMember who = auth.require(ctx, Role.PUBLISHER);
        Draft draft = service.create(who, metadata(ctx));
        ctx.header("Location", "/api/v1/publications/" + draft.id);
        staffView(ctx, draft, 201);
    }

    public void update(Context ctx) throws IOException {
        StaffMember who = editor(ctx, ctx.pathParam("id"));
        staffView(ctx, service.updateMetadata(who, ctx.pathParam("id"), metadata(ctx)), 200);
    }

    /** {@code POST /api/v1/publications/{id}/files}: the file as the request body, its name in Content-Disposition or {@code fileName}. */
    public void upload(Context ctx) throws IOException {
        StaffMember who = editor(ctx, ctx.pathParam("id"));
        String fileName = fileName(ctx);
        FileStore.Incoming upload = receive(ctx);
        staffView(ctx, service.addFile(who, ctx.pathParam("id"), upload, fileName, ctx.header("Content-Type")), 201);
    }

    /** {@code PUT /api/v1/publications/{id}/files/{fileId}}: a corrected or redacted version ({@code reason} says why). */
    public void replace(Context ctx) throws IOException {
        StaffMember who = editor(ctx, ctx.pathParam("id"));
        String fileName = fileName(ctx);
        FileStore.Incoming upload = receive(ctx);
        staffView(ctx, service.replaceFile(who, ctx.pathParam("id"), ctx.pathParam("fileId"), upload, fileName, ctx.header("Content-Type"),
                ctx.queryParam("reason")), 200);
    }

    public void resolve(Context ctx) throws IOException {
        StaffMember who = editor(ctx, ctx.pathParam("id"));
        JsonNode body = body(ctx);
        staffView(ctx, service.resolveFinding(who, ctx.pathParam("id"), ctx.pathParam("fileId"), ctx.pathParam("findingId"),
                body.path("reason").asText(null)), 200);
    }

    public void publish(Context ctx) throws IOException {
        StaffMember who = editor(ctx, ctx.pathParam("id"));
        staffView(ctx, service.publish(who, ctx.pathParam("id")), 200);
    }

    public void withdraw(Context ctx) throws IOException {
        StaffMember who = editor(ctx, ctx.pathParam("id"));
        JsonNode body = body(ctx);
        staffView(ctx, service.withdraw(who, ctx.pathParam("id"), body.path("reason").asText(null), body.path("explanation").asText(null)), 200);
    }

    /** A publisher works on every publication; a Woo officer on the publication of a decision on a Woo request. */
    private StaffMember editor(Context ctx, String id) {
        StaffMember who = auth.require(ctx, Role.PUBLISHER, Role.WOO_OFFICER);
        if (!who.mayActAs(Role.PUBLISHER) && service.repositoryFind(id).map(d -> d.wooRequest == null).orElse(true)) {
            throw ProblemException.of("forbidden", "Forbidden", 403, "a woo-officer works only on the publication of a decision on a Woo"
                    + " request; this publication needs the role publisher (or admin)");
        }
        return who;
    }

    private FileStore.Incoming receive(Context ctx) throws IOException {
        String length = ctx.header("Content-Length");
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > config.maxUploadBytes()) {
            throw tooLarge();
        }
        try {
            return files.receive(ctx.bodyInputStream(), config.maxUploadBytes());
        } catch (FileStore.TooLarge e) {
            throw tooLarge();
        }
    }

    private ProblemException tooLarge() {
        return ProblemException.of("upload-too-large", "Upload too large", 413, "a file may be at most " + config.maxUploadBytes() + " bytes");
    }

    private static String fileName(Context ctx) {
        String disposition = ctx.header("Content-Disposition");
        if (disposition != null) {
            Matcher m = FILENAME.matcher(disposition);
            if (m.find()) {
                return java.net.URLDecoder.decode(m.group(1), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        String name = ctx.queryParam("fileName");
        if (name == null) {
            throw ProblemException.of("unsafe-file-name", "Unsafe file name", 400,
                    "name the file: 'Content-Disposition: attachment; filename=\"besluit.pdf\"' or ?fileName=besluit.pdf");
        }
        return name;
    }

    private MetadataInput metadata(Context ctx) {
        try {
            return json.readValue(ctx.body(), MetadataInput.class);
        } catch (IOException e) {
            throw ProblemException.of("bad-json", "Bad JSON", 400, "the body must be the publication's metadata as JSON: " + e.getMessage());
        }
    }

    private JsonNode body(Context ctx) {
        try {
            String text = ctx.body();
            return text.isBlank() ? json.createObjectNode() : json.readTree(text);
        } catch (IOException e) {
            throw ProblemException.of("bad-json", "Bad JSON", 400, "the body must be JSON: " + e.getMessage());
        }
    }

    private void staffView(Context ctx, Draft draft, int status) throws IOException {
        ctx.status(status).contentType("application/json").result(json.writeValueAsString(draft));
    }

    private static String date(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text).toString();
        } catch (DateTimeParseException e) {
            throw ProblemException.of("bad-parameter", "Bad parameter", 400, "'" + name + "' must be a date like 2025-03-14, not '" + text + "'");
        }
    }

}
