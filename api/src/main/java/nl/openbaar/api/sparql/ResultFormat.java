package nl.openbaar.api.sparql;

import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;

/** The result formats of the endpoint and the choice among them by the request's Accept header. */
public final class ResultFormat {
    /** Formats for SELECT and ASK, the first is the default. */
    public static final List<Lang> RESULT_SET = List.of(ResultSetLang.RS_JSON, ResultSetLang.RS_XML, ResultSetLang.RS_CSV, ResultSetLang.RS_TSV);
    /** Formats for CONSTRUCT and DESCRIBE, the first is the default. */
    public static final List<Lang> GRAPH = List.of(org.apache.jena.riot.RDFLanguages.TURTLE, org.apache.jena.riot.RDFLanguages.JSONLD,
            org.apache.jena.riot.RDFLanguages.NTRIPLES, org.apache.jena.riot.RDFLanguages.RDFXML);

    private ResultFormat() {
    }

    /** The offered format the client accepts best; the default when it sends no Accept header or accepts anything. */
    public static Optional<Lang> choose(String accept, List<Lang> offered) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(offered.get(0));
        }
        String[] offers = offered.stream().flatMap(lang -> types(lang).stream()).toArray(String[]::new);
        MediaType match;
        try {
            match = AcceptList.match(new AcceptList(accept), AcceptList.create(offers));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
        if (match == null) {
            return Optional.empty();
        }
        String chosen = match.getContentTypeStr();
        return offered.stream().filter(lang -> types(lang).contains(chosen)).findFirst();
    }

    private static List<String> types(Lang lang) {
        List<String> types = new java.util.ArrayList<>();
        types.add(lang.getContentType().getContentTypeStr());
        lang.getAltContentTypes().forEach(types::add);
        if (lang == ResultSetLang.RS_JSON) {
            types.add("application/json");
        }
        if (lang == ResultSetLang.RS_XML) {
            types.add("application/xml");
        }
        return types;
    }
}
