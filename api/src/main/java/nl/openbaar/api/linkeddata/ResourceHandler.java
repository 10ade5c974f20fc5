package nl.openbaar.api.linkeddata;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import nl.openbaar.api.problem.Problem;
import nl.openbaar.store.Store;
import nl.openbaar.vocab.Iris;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;

/**
 * {@code /id/...}: dereferences a data IRI. The IRI is the base IRI plus the request path; its triples (as subject)
 * are answered as RDF by content negotiation, or as an HTML page to a browser. An IRI the store does not know is 404.
 */
public final class ResourceHandler implements Handler {
    private static final String DESCRIBE = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }";

    private final Store store;
    private final Iris iris;

    public ResourceHandler(Store store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    @Override
    public void handle(Context ctx) {
        String iri = iris.base() + ctx.path().substring(1);
        ParameterizedSparqlString query = new ParameterizedSparqlString(DESCRIBE);
        query.setIri("s", iri);
        Model model = store.read(tx -> {
            try (var execution = tx.query(query.asQuery())) {
                return ModelFactory.createDefaultModel().add(execution.execConstruct());
            }
        });
        if (model.isEmpty()) {
            Problem.of("not-found", "Not Found", 404, "no resource " + iri + " in Openbaar").answer(ctx);
            return;
        }
        model.setNsPrefixes(org.apache.jena.shared.PrefixMapping.Standard).setNsPrefix("ob", nl.openbaar.vocab.OB.NS)
                .setNsPrefix("dcat", "http://www.w3.org/ns/dcat#").setNsPrefix("dct", "http://purl.org/dc/terms/")
                .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#").setNsPrefix("qb", "http://purl.org/linked-data/cube#");
        if (RdfResponse.wantsHtml(ctx)) {
            ctx.header("Vary", "Accept");
            ctx.html(new ResourcePage(iris).render(iri, model));
        } else {
            RdfResponse.answer(ctx, model);
        }
    }
}
