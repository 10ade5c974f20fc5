package nl.openbaar.api.sparql;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.io.ByteArrayOutputStream;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import nl.openbaar.api.linkeddata.RdfResponse;
import nl.openbaar.api.problem.Problem;
import nl.openbaar.store.Store;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.update.UpdateFactory;

/**
 * {@code /sparql}: the SPARQL 1.1 Protocol, query operation only. Queries come by GET {@code ?query=}, by POST as a
 * form, or by POST as {@code application/sparql-query} ({@link ProtocolRequest}), over the union of the named graphs
 * or over the dataset given by {@code default-graph-uri} and {@code named-graph-uri}, which replaces the query's own
 * FROM and FROM NAMED as the protocol requires; the result format follows the Accept header. Updates are refused:
 * this endpoint is read-only. {@link QueryLimits} bound what one query may cost; CORS is open, so pages on
 * other sites may query it.
 */
public final class SparqlHandler implements Handler {
    private final Store store;
    private final QueryLimits limits;
    private final Semaphore running;

    public SparqlHandler(Store store, QueryLimits limits) {
        this.store = store;
        this.limits = limits;
        this.running = new Semaphore(limits.maxConcurrent(), true);
    }

    @Override
    public void handle(Context ctx) {
        try {
            handle(ctx, ProtocolRequest.read(ctx));
        } catch (ProtocolException e) {
            e.problem().answer(ctx);
        }
    }

    private void handle(Context ctx, ProtocolRequest request) {
        if (request.isUpdate()) {
            refuseUpdate(ctx);
            return;
        }
        Optional<String> queryString = request.query();
        if (queryString.isEmpty() && ctx.method() == HandlerType.GET) {
            RdfResponse.answer(ctx, ServiceDescription.of(ctx.fullUrl().replaceFirst("\\?.*$", "")));
            return;
        }
        if (queryString.isEmpty() || queryString.get().isBlank()) {
            Problem.of("missing-query", "Missing query", 400, "give a SPARQL query in the 'query' parameter").answer(ctx);
            return;
        }
        if (queryString.get().length() > limits.maxQueryChars()) {
            Problem.of("query-too-large", "Query too large", 413, "a query may have at most " + limits.maxQueryChars()
                    + " characters; this one has " + queryString.get().length()).answer(ctx);
            return;
        }
        Query query;
        try {
            query = QueryFactory.create(queryString.get(), Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            if (isUpdate(queryString.get())) {
                refuseUpdate(ctx);
            } else {
                Problem.of("query-syntax", "SPARQL syntax error", 400, e.getMessage()).answer(ctx);
            }
            return;
        }
        execute(ctx, query, request.dataset());
    }

    private void execute(Context ctx, Query query, DatasetDescription dataset) {
        boolean graphResult = query.isConstructType() || query.isDescribeType();
        Optional<Lang> format = ResultFormat.choose(ctx.header("Accept"), graphResult ? ResultFormat.GRAPH : ResultFormat.RESULT_SET);
        if (format.isEmpty()) {
            Problem.of("not-acceptable", "Not Acceptable", 406, "no result format matches Accept: " + ctx.header("Accept")
                    + (graphResult ? "; offered: Turtle, JSON-LD, N-Triples, RDF/XML" : "; offered: SPARQL JSON, XML, CSV, TSV")).answer(ctx);
            return;
        }
        Lang lang = format.get();
        if (!running.tryAcquire()) {
            ctx.header("Retry-After", "5");
            Problem.of("too-many-queries", "Too many queries", 503, "the endpoint is answering " + limits.maxConcurrent()
                    + " queries already; try again in a few seconds").answer(ctx);
            return;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            store.read(tx -> {
                try (QueryExecution execution = tx.query(query, limits.timeout(), dataset)) {
                    if (query.isSelectType() && lang == ResultSetLang.RS_CSV) {
                        CsvResultWriter.write(body, execution.execSelect());
                    } else if (query.isSelectType()) {
                        ResultSetMgr.write(body, execution.execSelect(), lang);
                    } else if (query.isAskType()) {
                        ResultSetMgr.write(body, execution.execAsk(), lang);
                    } else {
                        Model model = query.isConstructType() ? execution.execConstruct() : execution.execDescribe();
                        RDFDataMgr.write(body, model, lang);
                    }
                }
                return null;
            });
        } catch (QueryCancelledException e) {
            Problem.of("query-timeout", "Query timed out", 503, "the query ran longer than " + limits.timeout().toMillis()
                    + " ms and was stopped; narrow it down (LIMIT, more specific patterns)").answer(ctx);
            return;
        } finally {
            running.release();
        }
        String mediaType = lang.getContentType().getContentTypeStr();
        ctx.header("Vary", "Accept");
        ctx.contentType(mediaType + (mediaType.startsWith("text/") || mediaType.endsWith("json") || mediaType.endsWith("xml") ? "; charset=utf-8" : ""));
        ctx.result(body.toByteArray());
    }

    private static void refuseUpdate(Context ctx) {
        Problem.of("read-only", "Updates are not accepted", 403,
                "this SPARQL endpoint is read-only: SPARQL Update is refused; data enters Openbaar through the harvester").answer(ctx);
    }

    private static boolean isUpdate(String text) {
        try {
            UpdateFactory.create(text);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
