package nl.openbaar.api.linkeddata;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.util.Optional;
import nl.openbaar.api.problem.Problem;
import nl.openbaar.api.sparql.ResultFormat;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/** Answers a graph in the RDF format the client accepts: Turtle (default), JSON-LD, N-Triples or RDF/XML. */
public final class RdfResponse {
    private RdfResponse() {
    }

    public static void answer(Context ctx, Model model) {
        Optional<Lang> lang = Optional.ofNullable(ctx.queryParam("format")).map(RdfResponse::byName)
                .orElseGet(() -> ResultFormat.choose(ctx.header("Accept"), ResultFormat.GRAPH));
        if (lang.isEmpty()) {
            Problem.of("not-acceptable", "Not Acceptable", 406,
                    "offered: text/turtle, application/ld+json, application/n-triples, application/rdf+xml").answer(ctx);
            return;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        RDFDataMgr.write(body, model, lang.get());
        ctx.header("Vary", "Accept");
        ctx.contentType(lang.get().getContentType().getContentTypeStr() + "; charset=utf-8");
        ctx.result(body.toByteArray());
    }

    /** {@code ?format=ttl|jsonld|nt|rdf} overrides the Accept header, for links people click. */
    private static Optional<Lang> byName(String name) {
        return Optional.ofNullable(switch (name) {
            case "ttl", "turtle" -> org.apache.jena.riot.RDFLanguages.TURTLE;
            case "jsonld" -> org.apache.jena.riot.RDFLanguages.JSONLD;
            case "nt" -> org.apache.jena.riot.RDFLanguages.NTRIPLES;
            case "rdf", "xml" -> org.apache.jena.riot.RDFLanguages.RDFXML;
            default -> null;
        });
    }

    /** True when the client prefers an HTML page (a browser) over any RDF format. */
    public static boolean wantsHtml(Context ctx) {
        String accept = ctx.header("Accept");
        if (accept == null || !accept.contains("text/html")) {
            return false;
        }
        var all = new java.util.ArrayList<>(ResultFormat.GRAPH.stream().map(l -> l.getContentType().getContentTypeStr()).toList());
        all.add(0, "text/html");
        var match = org.apache.jena.atlas.web.AcceptList.match(new org.apache.jena.atlas.web.AcceptList(accept),
                org.apache.jena.atlas.web.AcceptList.create(all.toArray(String[]::new)));
        return match != null && match.getContentTypeStr().equals("text/html");
    }
}
