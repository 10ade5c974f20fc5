package nl.openbaar.api.web.woo;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.openbaar.api.web.Layout;
import nl.openbaar.api.woo.request.PublicWooRequest;
import nl.openbaar.api.woo.request.WooRequestService;

/**
 * {@code /woo/verzoeken}: the Woo requests with their status and dates, newest first. Made from {@link PublicWooRequest}
 * only, which has no field for the requester.
 */
public final class RequestListPage implements Handler {
    private final WooRequestService requests;

    RequestListPage(WooRequestService requests) {
        this.requests = requests;
    }

    /** One row of the list, in words. */
    public record Row(String id, String subject, String receivedOn, String status, String deadline, boolean provisional,
                      boolean extended, String decidedOn, String outcome, Integer inventoryItems, String publicationId) {
        public String inventoryCsv() {
            return "/api/v1/woo-requests/" + id + "/inventory.csv";
        }
    }

    @Override
    public void handle(Context ctx) {
        List<Row> rows = requests.publicList().stream()
                .sorted(Comparator.comparing(PublicWooRequest::receivedOn).reversed().thenComparing(PublicWooRequest::id))
                .map(r -> new Row(r.id(), r.subject(), WooLabels.date(r.receivedOn()), WooLabels.status(r.status()),
                        WooLabels.date(r.deadline()), r.deadlineProvisional(), r.extended(), WooLabels.date(r.decidedOn()),
                        WooLabels.outcome(r.outcome()), r.inventoryItems(), r.publicationId()))
                .toList();
        ctx.render("woo/requests.jte", Map.of("layout", Layout.of("Woo-verzoeken", "/woo"), "rows", rows));
    }
}
