package nl.openbaar.api.woo;

import io.javalin.config.RoutesConfig;
import java.time.Clock;
import nl.openbaar.api.staff.Staff;
import nl.openbaar.api.woo.publication.DraftRepository;
import nl.openbaar.api.woo.publication.FileStore;
import nl.openbaar.api.woo.publication.PublicRegister;
import nl.openbaar.api.woo.publication.PublicationHandlers;
import nl.openbaar.api.woo.publication.PublicationService;
import nl.openbaar.harvester.document.DocumentInspector;
import nl.openbaar.store.Store;
import nl.openbaar.vocab.Iris;

/** The publications part of the Woo register on the server: its API, the Woo index files and robots.txt. */
public final class WooRoutes {
    private final PublicationService publications;
    private final PublicationHandlers handlers;
    private final WooIndex index;

    private final boolean staffRoutes;
    private final FileStore files;

    /** Without staff and config (a server without data directory) only the public, read-only part: what the store holds. */
    public WooRoutes(Store store, Iris iris, Staff staff, WooConfig config) {
        PublicRegister register = new PublicRegister(store, iris);
        this.staffRoutes = staff != null && config != null;
        this.files = staffRoutes ? new FileStore(config.wooDir()) : null;
        this.publications = staffRoutes ? new PublicationService(new DraftRepository(config.wooDir()), files, store, iris, staff.audit(),
                new DocumentInspector(), Clock.systemUTC()) : null;
        this.handlers = new PublicationHandlers(publications, register, files, staffRoutes ? staff.auth() : null, config, iris);
        this.index = new WooIndex(register, iris, config == null ? WooConfig.MAX_SITEMAP_SIZE : config.sitemapSize());
    }

    /** The service behind the routes, for other parts of the register (a Woo decision becomes a publication); null when read-only. */
    public PublicationService publications() {
        return publications;
    }

    /** Where uploads are received and files kept ({@link FileStore#receive} then {@link PublicationService#addFile}); null when read-only. */
    public FileStore files() {
        return files;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/v1/publications", handlers::search);
        routes.get("/api/v1/publications.csv", handlers::search);
        routes.get("/api/v1/publications.csv-metadata.json", handlers::csvMetadata);
        routes.get("/api/v1/publications/{id}", handlers::get);
        if (staffRoutes) {
            routes.post("/api/v1/publications", handlers::create);
            routes.patch("/api/v1/publications/{id}", handlers::update);
            routes.post("/api/v1/publications/{id}/files", handlers::upload);
            routes.get("/api/v1/publications/{id}/files/{fileId}", handlers::download);
            routes.put("/api/v1/publications/{id}/files/{fileId}", handlers::replace);
            routes.post("/api/v1/publications/{id}/files/{fileId}/findings/{findingId}/resolution", handlers::resolve);
            routes.post("/api/v1/publications/{id}/publish", handlers::publish);
            routes.post("/api/v1/publications/{id}/withdraw", handlers::withdraw);
        }
        routes.get("/robots.txt", index::robots);
        routes.get("/woo/sitemapindex.xml", index::index);
        routes.get("/woo/sitemapindex-diwoo-{code}.xml", index::categoryIndex);
        routes.get("/woo/sitemaps/{name}", index::sitemap);
        routes.get("/woo/diwoo/{name}", index::record);
    }
}
