package nl.openbaar.api.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Checks that markup planted in metadata reaches a page as text: readable, never an element or attribute. */
final class Escaping {
    private Escaping() {
    }

    /**
     * Asserts that the page shows {@code planted} as text and has no element the planted markup would have made
     * (a script with its code, an element with an event handler).
     */
    static void assertShownAsText(String html, String planted, String page) {
        Document document = Jsoup.parse(html);
        assertTrue(document.body().text().contains(planted) || document.title().contains(planted),
                page + " does not show the planted text " + planted);
        for (Element script : document.select("script")) {
            assertTrue(!script.data().contains("window.planted"), page + " has the planted script as a script element");
        }
        for (Element element : document.getAllElements()) {
            element.attributes().forEach(a -> assertTrue(!a.getKey().startsWith("on"),
                    page + " has an event-handler attribute " + a + " on <" + element.tagName() + ">"));
        }
    }
}
