package nl.openbaar.api.rest;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code /api/docs}: Swagger UI (npm's swagger-ui-dist, copied into {@code public/vendor/swagger-ui} at build time and
 * served by the server itself) showing {@code /openapi.yaml}. Nothing is loaded from another host.
 */
final class SwaggerUi {
    private static final String PAGE = "/nl/openbaar/api/rest/api-docs.html";

    private SwaggerUi() {
    }

    static void register(RoutesConfig routes) {
        byte[] page = read();
        routes.get("/api/docs", ctx -> ctx.contentType("text/html; charset=utf-8").result(page));
    }

    private static byte[] read() {
        try (InputStream in = SwaggerUi.class.getResourceAsStream(PAGE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + PAGE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
