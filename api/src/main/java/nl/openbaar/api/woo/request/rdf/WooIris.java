package nl.openbaar.api.woo.request.rdf;

import nl.openbaar.vocab.Iris;

/** The data IRIs and named graphs of the request register, under the configured base IRI. */
public final class WooIris {
    private final String base;

    /** A publication of the Woo register (as {@link Iris#publication}). */
    public String publication(String publicationId) {
        return base + "id/woo/publication/" + publicationId;
    }

    public WooIris(Iris iris) {
        this.base = iris.base();
    }

    public String request(String id) {
        return base + "id/woo-request/" + id;
    }

    public String decision(String id) {
        return request(id) + "/decision";
    }

    public String inventoryItem(String id, int position) {
        return request(id) + "/inventory/" + position;
    }

    /** The public named graph of one request. */
    public String requestGraph(String id) {
        return base + "graph/woo/request/" + id;
    }

    public String requestGraphPrefix() {
        return base + "graph/woo/request/";
    }

    public String codesGraph() {
        return base + "graph/woo/codes";
    }

    public String statisticsGraph() {
        return base + "graph/woo/statistics";
    }

    public String statisticsDataset(String cube) {
        return base + "id/dataset/woo-statistics/" + cube;
    }

    public String observation(String cube, String key) {
        return base + "id/woo-statistics/" + cube + "/" + key;
    }
}
