package nl.openbaar.api.linkeddata;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import nl.openbaar.api.problem.Problem;
import nl.openbaar.store.Store;
import nl.openbaar.vocab.Iris;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/**
 * {@code /download/{source}/{kind}.ttl}: the Turtle distribution of a catalog dataset. For a cube (budget,
 * indicators) its observations and their tables; for documents the document and its sections.
 */
public final class DownloadHandler implements Handler {
    private static final String OBSERVATIONS = """
            PREFIX qb: <http://purl.org/linked-data/cube#>
            PREFIX ob: <https://w3id.org/openbaar/def#>
            CONSTRUCT { ?d ?dp ?do . ?o ?p ?v . ?t ?tp ?tv } WHERE {
              { ?d ?dp ?do } UNION { ?o qb:dataSet ?d ; ?p ?v } UNION { ?o qb:dataSet ?d ; ob:table ?t . ?t ?tp ?tv }
            }""";
    private static final String DOCUMENT = """
            PREFIX dct: <http://purl.org/dc/terms/>
            CONSTRUCT { ?doc ?p ?v . ?s ?sp ?sv } WHERE { { ?doc ?p ?v } UNION { ?s dct:isPartOf ?doc ; ?sp ?sv } }""";

    private final Store store;
    private final Iris iris;

    public DownloadHandler(Store store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    @Override
    public void handle(Context ctx) {
        String source = ctx.pathParam("source");
        try {
            Iris.requireSourceId(source);
        } catch (IllegalArgumentException e) {
            Problem.of("not-found", "Not Found", 404, "no download " + ctx.path() + ": " + e.getMessage()).answer(ctx);
            return;
        }
        String kind = ctx.pathParam("file").replaceFirst("\\.ttl$", "");
        ParameterizedSparqlString query;
        switch (kind) {
            case "budget", "indicators" -> {
                query = new ParameterizedSparqlString(OBSERVATIONS);
                query.setIri("d", iris.base() + "id/dataset/" + source + "/" + kind);
            }
            case "documents" -> {
                query = new ParameterizedSparqlString(DOCUMENT);
                query.setIri("doc", iris.base() + "id/document/" + source);
            }
            default -> {
                Problem.of("not-found", "Not Found", 404, "no download " + ctx.path()).answer(ctx);
                return;
            }
        }
        Model model = store.read(tx -> {
            try (var execution = tx.query(query.asQuery())) {
                return ModelFactory.createDefaultModel().add(execution.execConstruct());
            }
        });
        if (model.isEmpty()) {
            Problem.of("not-found", "Not Found", 404, "no dataset behind " + ctx.path()).answer(ctx);
            return;
        }
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        RDFDataMgr.write(body, model, Lang.TURTLE);
        ctx.contentType("text/turtle; charset=utf-8");
        ctx.result(body.toByteArray());
    }
}
