package nl.openbaar.api;

import io.javalin.Javalin;
import java.time.Duration;
import nl.openbaar.api.health.HealthHandler;
import nl.openbaar.api.linkeddata.CatalogHandler;
import nl.openbaar.api.linkeddata.DownloadHandler;
import nl.openbaar.api.linkeddata.ResourceHandler;
import nl.openbaar.api.linkeddata.ValidationReportHandler;
import nl.openbaar.api.problem.Problem;
import nl.openbaar.api.problem.ProblemException;
import nl.openbaar.api.staff.AuditLogHandler;
import nl.openbaar.api.staff.Staff;
import nl.openbaar.api.woo.WooConfig;
import nl.openbaar.api.woo.WooRoutes;
import io.javalin.http.staticfiles.Location;
import nl.openbaar.api.queries.ExampleQueries;
import nl.openbaar.api.queries.SavedQueryHandler;
import nl.openbaar.api.queries.SavedQueryListHandler;
import nl.openbaar.api.sparql.QueryLimits;
import nl.openbaar.api.sparql.QueryPage;
import nl.openbaar.api.sparql.SparqlHandler;
import nl.openbaar.api.web.WebPages;
import nl.openbaar.store.Store;
import nl.openbaar.vocab.Iris;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one HTTP server: SPARQL, the catalog, dereferenceable data IRIs and health, over the store. */
public final class OpenbaarServer {
    private static final Logger LOG = LoggerFactory.getLogger(OpenbaarServer.class);
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);
    public static final String API_VERSION = "1.0.0";

    private final Javalin app;
    private final Staff staff;
    private final nl.openbaar.api.woo.request.WooRequestService wooRequests;
    private final WooRoutes woo;

    public OpenbaarServer(Store store, Iris iris, Duration queryTimeout) {
        this(store, iris, QueryLimits.withTimeout(queryTimeout), CatalogHandler.DEFAULT_PAGE_SIZE);
    }

    public OpenbaarServer(Store store, Iris iris, Duration queryTimeout, int catalogPageSize) {
        this(store, iris, QueryLimits.withTimeout(queryTimeout), catalogPageSize);
    }

    public OpenbaarServer(Store store, Iris iris, QueryLimits limits, int catalogPageSize) {
        this(store, iris, limits, catalogPageSize, (WooConfig) null);
    }

    /**
     * With a data directory, the server also serves the Woo register and its staff endpoints, keeping their files
     * under {@code <dataDir>/woo} and {@code <dataDir>/staff}; without one (null) it serves neither.
     */
    public OpenbaarServer(Store store, Iris iris, QueryLimits limits, int catalogPageSize, java.nio.file.Path dataDir) {
        this(store, iris, limits, catalogPageSize, dataDir == null ? null : WooConfig.of(dataDir));
    }

    /** Like the constructor with a data directory, with the register's limits (largest upload, sitemap size) given. */
    public OpenbaarServer(Store store, Iris iris, QueryLimits limits, int catalogPageSize, WooConfig woo) {
        this.staff = woo == null ? null : Staff.in(woo.dataDir());
        WooRoutes wooRoutes = new WooRoutes(store, iris, staff, woo);
        this.woo = wooRoutes;
        this.wooRequests = woo == null ? null : nl.openbaar.api.woo.request.WooRequestService.open(store, iris, woo.dataDir());
        if (wooRequests != null && wooRoutes.publications() != null) {
            nl.openbaar.api.woo.request.DecisionPublications.connect(wooRequests, wooRoutes.publications());
        }
        SparqlHandler sparql = new SparqlHandler(store, limits);
        HealthHandler health = new HealthHandler(store);
        ResourceHandler resources = new ResourceHandler(store, iris);
        ExampleQueries examples = ExampleQueries.bundled();
        QueryPage queryPage = new QueryPage(examples);
        this.app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.staticFiles.add("/public", Location.CLASSPATH);
            cfg.routes.get("/healthz", health);
            cfg.routes.before("/api/*", ctx -> ctx.header("API-Version", API_VERSION));
            cfg.routes.get("/api/v1/queries", new SavedQueryListHandler(examples));
            cfg.routes.get("/api/v1/queries/{name}", new SavedQueryHandler(store, examples));
            cfg.routes.get("/openapi.yaml", ctx -> ctx.contentType("application/yaml").result(openapi()));
            nl.openbaar.api.rest.RestApi.register(cfg.routes, store, iris);
            cfg.routes.before("/sparql", ctx -> {
                ctx.header("Access-Control-Allow-Origin", "*");
                ctx.header("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
                ctx.header("Access-Control-Allow-Headers", "Accept, Content-Type");
            });
            cfg.routes.options("/sparql", ctx -> ctx.status(204));
            cfg.routes.get("/sparql", ctx -> {
                if (QueryPage.wanted(ctx)) {
                    queryPage.handle(ctx);
                } else {
                    sparql.handle(ctx);
                }
            });
            cfg.routes.post("/sparql", sparql);
            cfg.routes.put("/sparql", OpenbaarServer::methodNotAllowed);
            cfg.routes.delete("/sparql", OpenbaarServer::methodNotAllowed);
            cfg.routes.patch("/sparql", OpenbaarServer::methodNotAllowed);
            cfg.routes.get("/catalog", new CatalogHandler(store, iris.catalogGraph(), iris.catalog(), catalogPageSize));
            cfg.routes.get("/catalog/validation", new ValidationReportHandler(store, iris.catalogValidationGraph()));
            cfg.routes.get("/id/*", resources);
            cfg.routes.get("/download/{source}/{file}", new DownloadHandler(store, iris));
            WebPages.register(cfg, store, iris);
            cfg.routes.exception(ProblemException.class, (e, ctx) -> e.answer(ctx));
            if (staff != null) {
                AuditLogHandler auditLog = new AuditLogHandler(staff);
                cfg.routes.get("/api/v1/staff/audit-log", auditLog);
                cfg.routes.get("/api/v1/staff/audit-log.csv", auditLog);
                new nl.openbaar.api.woo.request.http.WooRequestRoutes(wooRequests, staff).addTo(cfg.routes);
                nl.openbaar.api.web.woo.WooPages.register(cfg.routes, store, iris, wooRequests);
                nl.openbaar.api.web.beheer.StaffPages.register(cfg.routes, staff, wooRoutes.publications(), wooRoutes.files(), wooRequests, woo);
            }
            wooRoutes.register(cfg.routes);
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
                Problem.of("internal-error", "Internal Server Error", 500, "an unexpected error occurred; it has been logged").answer(ctx);
            });
            cfg.routes.error(404, ctx -> {
                String answered = ctx.res().getContentType(); // a problem (it may carry a charset) or a web page's own 404 page stays
                boolean answeredAlready = answered != null && (answered.startsWith(Problem.MEDIA_TYPE) || answered.startsWith("text/html"));
                if (ctx.result() == null || ctx.result().isEmpty() || !answeredAlready) {
                    Problem.of("not-found", "Not Found", 404, "nothing is served at " + ctx.path()).answer(ctx);
                }
            });
        });
    }

    private static void methodNotAllowed(io.javalin.http.Context ctx) {
        ctx.header("Allow", "GET, POST, OPTIONS");
        Problem.of("method-not-allowed", "Method Not Allowed", 405, ctx.method() + " is not a SPARQL Protocol operation; query by GET or POST")
                .answer(ctx);
    }

    /** The API contract, bundled from the project root's openapi.yaml. */
    private static byte[] openapi() throws java.io.IOException {
        try (var in = OpenbaarServer.class.getResourceAsStream("/openapi.yaml")) {
            return in.readAllBytes();
        }
    }

    public OpenbaarServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    /** Staff access (tokens, sign-in, audit log), or null when the server has no data directory. */
    public Staff staff() {
        return staff;
    }

    /** The Woo request register, or null when the server has no data directory. */
    public nl.openbaar.api.woo.request.WooRequestService wooRequests() {
        return wooRequests;
    }

    /** The Woo register's publications part (its service publishes a Woo decision, say); read-only without a data directory. */
    public WooRoutes woo() {
        return woo;
    }

    public int port() {
        return app.port();
    }

    public void stop() {
        app.stop();
    }
}
