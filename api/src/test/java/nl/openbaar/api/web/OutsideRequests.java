package nl.openbaar.api.web;

import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * What the current page fetched from anywhere but this server, by the browser's own record (Resource Timing and
 * Navigation Timing entries). The browser session also makes every other host unresolvable, so a page that depends
 * on one would visibly break too.
 */
final class OutsideRequests {
    private OutsideRequests() {
    }

    /** Every URL the page requested (navigation and resources). */
    @SuppressWarnings("unchecked")
    static List<String> requested(WebDriver browser) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("""
                return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                  .map(function (e) { return e.name; });""");
    }

    /** The requested URLs outside {@code origin}; empty when the page kept to the server. */
    static List<String> outside(WebDriver browser, String origin) {
        return requested(browser).stream().filter(url -> !url.startsWith(origin + "/") && !url.equals(origin)).toList();
    }
}
