package nl.openbaar.api.web.woo;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.openbaar.api.web.Layout;
import nl.openbaar.api.web.WebErrors;
import nl.openbaar.api.woo.diwoo.Categories;
import nl.openbaar.api.woo.publication.PublicRegister;

/**
 * {@code /woo?q=&categorie=&van=&tot=}: the Woo register, searched by words, information category and dates with the
 * same read code as {@code /api/v1/publications}.
 */
public final class RegisterPage implements Handler {
    static final int MAX_LENGTH = 200;

    private final PublicRegister register;

    RegisterPage(PublicRegister register) {
        this.register = register;
    }

    /** The search as the form sent it, echoed back into the form. */
    public record Search(String q, String category, String from, String to) {
        public boolean isEmpty() {
            return q.isEmpty() && category.isEmpty() && from.isEmpty() && to.isEmpty();
        }
    }

    @Override
    public void handle(Context ctx) {
        Search search = new Search(param(ctx, "q"), param(ctx, "categorie"), param(ctx, "van"), param(ctx, "tot"));
        if (search.q().length() > MAX_LENGTH) {
            WebErrors.badRequest(ctx, "Een zoekvraag is hoogstens " + MAX_LENGTH + " tekens lang.");
            return;
        }
        String categoryIri = null;
        if (!search.category().isEmpty()) {
            categoryIri = Categories.find(search.category()).map(Categories.Category::iri).orElse(null);
            if (categoryIri == null) {
                WebErrors.badRequest(ctx, "'" + search.category() + "' is geen informatiecategorie van de Woo.");
                return;
            }
        }
        String from = date(search.from());
        String to = date(search.to());
        if (from == null && !search.from().isEmpty() || to == null && !search.to().isEmpty()) {
            WebErrors.badRequest(ctx, "Geef datums als jjjj-mm-dd, bijvoorbeeld 2025-03-14.");
            return;
        }
        String words = search.q().replaceAll("[\\p{Punct}\\s]", "").isEmpty() ? null : search.q();
        List<PublicationView> found = register.search(words, categoryIri, from, to).stream().map(PublicationView::of).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("layout", Layout.of(search.isEmpty() ? "Woo-register" : "Woo-register: zoekresultaten", "/woo"));
        model.put("s", search);
        model.put("categories", Categories.all());
        model.put("found", found);
        model.put("csv", "/api/v1/publications.csv" + (ctx.queryString() == null ? "" : "?" + apiQuery(search, categoryIri)));
        ctx.render("woo/register.jte", model);
    }

    private static String apiQuery(Search s, String categoryIri) {
        StringBuilder q = new StringBuilder();
        add(q, "q", s.q());
        add(q, "category", categoryIri == null ? "" : Categories.byIri(categoryIri).map(Categories.Category::code).orElse(""));
        add(q, "from", s.from());
        add(q, "to", s.to());
        return q.toString();
    }

    private static void add(StringBuilder q, String name, String value) {
        if (!value.isEmpty()) {
            q.append(q.isEmpty() ? "" : "&").append(name).append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static String param(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null ? "" : value.strip();
    }

    private static String date(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
