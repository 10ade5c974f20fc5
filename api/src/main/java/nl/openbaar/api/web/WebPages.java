package nl.openbaar.api.web;

import io.javalin.config.JavalinConfig;
import nl.openbaar.api.rest.dataset.DatasetQuery;
import nl.openbaar.api.rest.document.DocumentQuery;
import nl.openbaar.api.rest.indicator.IndicatorValueQuery;
import nl.openbaar.store.Store;
import nl.openbaar.vocab.Iris;

/** The public web pages (Dutch, server-side JTE templates, charts as an enhancement of their tables). */
public final class WebPages {
    private WebPages() {
    }

    /** Sets the template renderer and adds the pages' routes. */
    public static void register(JavalinConfig cfg, Store store, Iris iris) {
        StoreQueries queries = new StoreQueries(store);
        DocumentIds ids = new DocumentIds(iris);
        SectionReader sections = new SectionReader(queries, ids);
        MunicipalityReader municipalities = new MunicipalityReader(queries);
        DocumentReader documents = new DocumentReader(queries, ids, new DocumentQuery(store, iris));
        cfg.fileRenderer(JteRenderer.precompiled());
        cfg.routes.get("/", new HomePage(municipalities));
        cfg.routes.get("/zoeken", new SearchPage(new SectionSearch(queries, ids), municipalities));
        cfg.routes.get("/gemeenten/{code}", new MunicipalityPage(municipalities, new BudgetReader(queries, ids, sections),
                new IndicatorReader(new IndicatorValueQuery(store, iris), documents, sections), documents));
        cfg.routes.get("/documenten/{id}", new DocumentPage(documents));
        cfg.routes.get("/catalogus", new CataloguePage(new CatalogueReader(new DatasetQuery(store, iris), ids)));
    }
}
