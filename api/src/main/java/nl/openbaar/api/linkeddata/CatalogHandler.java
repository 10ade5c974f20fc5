package nl.openbaar.api.linkeddata;

import io.javalin.http.Context;
import nl.openbaar.api.listing.PageLinks;
import io.javalin.http.Handler;
import nl.openbaar.store.Store;
import org.apache.jena.rdf.model.Model;

/**
 * {@code /catalog}: the DCAT catalog as RDF. A catalog of more datasets than fit one page is answered in pages
 * ({@code ?page=N}), each with a Hydra view and {@code Link} headers (first, prev, next, last).
 */
public final class CatalogHandler implements Handler {
    public static final int DEFAULT_PAGE_SIZE = 200;

    private final Store store;
    private final String graph;
    private final String catalogIri;
    private final int pageSize;

    public CatalogHandler(Store store, String graph, String catalogIri, int pageSize) {
        this.store = store;
        this.graph = graph;
        this.catalogIri = catalogIri;
        this.pageSize = pageSize;
    }

    @Override
    public void handle(Context ctx) {
        Model model = store.read(tx -> tx.graph(graph));
        long datasets = model.listResourcesWithProperty(org.apache.jena.vocabulary.RDF.type, org.apache.jena.vocabulary.DCAT.Dataset).toList().size();
        if (datasets > pageSize || ctx.queryParam("page") != null) {
            int number;
            try {
                number = Integer.parseInt(ctx.queryParamAsClass("page", String.class).getOrDefault("1"));
            } catch (NumberFormatException e) {
                number = 0;
            }
            if (number < 1) {
                nl.openbaar.api.problem.Problem.of("bad-parameter", "Bad parameter", 400,
                        "page must be a whole number ≥ 1, not '" + ctx.queryParam("page") + "'").answer(ctx);
                return;
            }
            CatalogPage page = CatalogPage.of(model, catalogIri, number, pageSize);
            String path = ctx.path();
            ctx.header("Link", String.join(", ", PageLinks.of(path + "?page=", page.number(), page.last())));
            model = page.model();
        }
        model.setNsPrefix("dcat", "http://www.w3.org/ns/dcat#").setNsPrefix("dct", "http://purl.org/dc/terms/")
                .setNsPrefix("sh", "http://www.w3.org/ns/shacl#").setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/");
        RdfResponse.answer(ctx, model);
    }
}
