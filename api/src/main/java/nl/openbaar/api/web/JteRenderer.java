package nl.openbaar.api.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import java.util.Map;

/**
 * Renders the JTE templates of {@code src/main/jte} for {@code ctx.render(...)}. The templates were compiled to Java
 * classes at build time (jte-maven-plugin, content type HTML), so every {@code ${...}} is escaped for its HTML
 * context and a template that does not type-check fails the build. javalin-rendering has no Javalin 7 release,
 * hence this adapter.
 */
public final class JteRenderer implements FileRenderer {
    private final TemplateEngine engine;

    private JteRenderer(TemplateEngine engine) {
        this.engine = engine;
    }

    /** The templates precompiled into the jar. */
    public static JteRenderer precompiled() {
        return new JteRenderer(TemplateEngine.createPrecompiled(ContentType.Html));
    }

    @Override
    public String render(String template, Map<String, ?> model, Context ctx) {
        StringOutput output = new StringOutput();
        @SuppressWarnings("unchecked")
        Map<String, Object> params = (Map<String, Object>) model;
        engine.render(template, params, output);
        return output.toString();
    }
}
