package nl.openbaar.api.web.woo;

import io.javalin.config.RoutesConfig;
import nl.openbaar.api.woo.publication.PublicRegister;
import nl.openbaar.api.woo.request.WooRequestService;
import nl.openbaar.store.Store;
import nl.openbaar.vocab.Iris;

/** The public pages of the Woo register: search, a publication, the requests and the annual figures. */
public final class WooPages {
    private WooPages() {
    }

    public static void register(RoutesConfig routes, Store store, Iris iris, WooRequestService requests) {
        PublicRegister register = new PublicRegister(store, iris);
        routes.get("/woo", new RegisterPage(register));
        routes.get("/woo/publicaties/{id}", new PublicationPage(register));
        routes.get("/woo/verzoeken", new RequestListPage(requests));
        routes.get("/woo/cijfers", new FiguresPage(requests));
    }
}
