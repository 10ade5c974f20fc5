package nl.openbaar.api.linkeddata;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import nl.openbaar.store.Store;
import org.apache.jena.rdf.model.Model;

/** {@code /catalog} and {@code /catalog/validation}: the DCAT catalog, and its last validation report, as RDF. */
public final class CatalogHandler implements Handler {
    private final Store store;
    private final String graph;

    public CatalogHandler(Store store, String graph) {
        this.store = store;
        this.graph = graph;
    }

    @Override
    public void handle(Context ctx) {
        Model model = store.read(tx -> tx.graph(graph));
        model.setNsPrefix("dcat", "http://www.w3.org/ns/dcat#").setNsPrefix("dct", "http://purl.org/dc/terms/")
                .setNsPrefix("sh", "http://www.w3.org/ns/shacl#").setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/");
        RdfResponse.answer(ctx, model);
    }
}
