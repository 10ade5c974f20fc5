package nl.openbaar.api.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (from npm, on the test classpath only) in the page the browser shows, with the WCAG 2.1 A and AA
 * rules, and tells the violations in words a developer can act on.
 */
final class AxeRunner {
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final String AXE = load();

    private AxeRunner() {
    }

    /** The violations on the current page, one line each ("rule (impact): help — selector, ..."); empty when none. */
    static List<String> violations(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(AXE);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
                  .then(function (r) { done(r.violations.map(function (v) {
                    return { id: v.id, impact: v.impact, help: v.help,
                             targets: v.nodes.map(function (n) { return n.target.join(' '); }) }; })); })
                  .catch(function (e) { done([{ id: 'axe-error', impact: 'critical', help: String(e), targets: [] }]); });
                """, WCAG_21_AA);
        return violations.stream()
                .map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " — " + v.get("targets"))
                .collect(Collectors.toList());
    }

    private static String load() {
        try (InputStream in = AxeRunner.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core is not on the test classpath (the build copies it from npm)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
