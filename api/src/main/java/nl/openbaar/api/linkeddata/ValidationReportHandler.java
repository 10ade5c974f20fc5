package nl.openbaar.api.linkeddata;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import nl.openbaar.store.Store;

/** {@code /catalog/validation}: the SHACL report of the last validation of catalog and cubes. */
public final class ValidationReportHandler implements Handler {
    private final Store store;
    private final String graph;

    public ValidationReportHandler(Store store, String graph) {
        this.store = store;
        this.graph = graph;
    }

    @Override
    public void handle(Context ctx) {
        RdfResponse.answer(ctx, store.read(tx -> tx.graph(graph)).setNsPrefix("sh", "http://www.w3.org/ns/shacl#"));
    }
}
