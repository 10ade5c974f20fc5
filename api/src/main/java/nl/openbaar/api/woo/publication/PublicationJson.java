package nl.openbaar.api.woo.publication;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.openbaar.api.woo.diwoo.Categories;
import nl.openbaar.api.woo.diwoo.WooLists;
import nl.openbaar.vocab.Iris;

/** The JSON (and CSV rows) of public publications: identifiers with their official labels. */
final class PublicationJson {
    static final List<String> CSV_COLUMNS = List.of("id", "title", "informationCategories", "publisher", "documentKind", "creationDate",
            "issued", "modified", "status", "withdrawalReason", "url");

    private final Iris iris;
    private final WooLists lists = WooLists.official();

    PublicationJson(Iris iris) {
        this.iris = iris;
    }

    Map<String, Object> view(PublicEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("iri", e.iri());
        m.put("url", iris.base() + "api/v1/publications/" + e.id());
        m.put("title", e.title());
        m.put("description", e.description());
        List<Map<String, Object>> categories = new ArrayList<>();
        for (String c : e.categories()) {
            Map<String, Object> category = term(c, lists.categories());
            Categories.byIri(c).ifPresent(found -> {
                category.put("label", found.label());
                category.put("code", found.code());
            });
            categories.add(category);
        }
        m.put("informationCategories", categories);
        m.put("publisher", organisation(e.publisher()));
        m.put("responsible", organisation(e.responsible()));
        m.put("creationDate", e.creationDate());
        m.put("documentKind", e.documentKind() == null ? null : term(e.documentKind(), lists.documentKinds()));
        m.put("language", e.language() == null ? null : term(e.language(), lists.languages()));
        m.put("themes", e.themes().stream().map(t -> term(t, lists.themes())).toList());
        m.put("identifiers", e.identifiers());
        m.put("issued", e.issued());
        m.put("modified", e.modified());
        m.put("status", e.status());
        m.put("withdrawalReason", e.withdrawalReason() == null ? null : term(e.withdrawalReason(), lists.withdrawalReasons()));
        m.put("withdrawnOn", e.withdrawnOn());
        List<Map<String, Object>> files = new ArrayList<>();
        for (PublicFile f : e.files()) {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("id", f.id());
            file.put("fileName", f.fileName());
            file.put("format", f.format() == null ? null : term(f.format(), lists.fileTypes()));
            file.put("mediaType", f.mediaType());
            file.put("size", f.size());
            file.put("sha256", f.sha256());
            file.put("downloadUrl", e.withdrawn() ? null : f.downloadUrl());
            file.put("version", f.version());
            file.put("modified", f.modified());
            file.put("history", f.history());
            files.add(file);
        }
        m.put("files", files);
        m.put("diwoo", iris.base() + "woo/diwoo/" + e.id() + ".xml");
        return m;
    }

    Map<String, Object> row(PublicEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("title", e.title());
        m.put("informationCategories", e.categories().stream().map(c -> Categories.byIri(c).map(Categories.Category::label).orElse(c)).toList());
        m.put("publisher", e.publisher() == null ? null : lists.organisation(e.publisher()).orElse(e.publisher()));
        m.put("documentKind", e.documentKind() == null ? null : lists.documentKinds().getOrDefault(e.documentKind(), e.documentKind()));
        m.put("creationDate", e.creationDate());
        m.put("issued", e.issued());
        m.put("modified", e.modified());
        m.put("status", e.status());
        m.put("withdrawalReason", e.withdrawalReason() == null ? null : lists.withdrawalReasons().getOrDefault(e.withdrawalReason(), e.withdrawalReason()));
        m.put("url", iris.base() + "api/v1/publications/" + e.id());
        return m;
    }

    private Map<String, Object> organisation(String iri) {
        if (iri == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", iri);
        m.put("label", lists.organisation(iri).orElse(null));
        return m;
    }

    private static Map<String, Object> term(String iri, Map<String, String> list) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", iri);
        m.put("label", list.get(iri));
        return m;
    }
}
