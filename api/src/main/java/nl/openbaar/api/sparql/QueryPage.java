package nl.openbaar.api.sparql;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.openbaar.api.queries.ExampleQueries;
import nl.openbaar.api.queries.ExampleQuery;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The query page a browser gets at {@code /sparql}: YASGUI (served by this server, no CDN, no outside
 * autocompleters) against this endpoint, the usual prefixes preset, and the worked example questions. Built with
 * jsoup, so every text is escaped.
 */
public final class QueryPage implements Handler {
    private static final Map<String, String> PREFIXES = Map.of(
            "ob", "https://w3id.org/openbaar/def#",
            "skos", "http://www.w3.org/2004/02/skos/core#",
            "rdfs", "http://www.w3.org/2000/01/rdf-schema#",
            "dct", "http://purl.org/dc/terms/",
            "xsd", "http://www.w3.org/2001/XMLSchema#",
            "qb", "http://purl.org/linked-data/cube#",
            "prov", "http://www.w3.org/ns/prov#",
            "text", "http://jena.apache.org/text#");

    private final String html;

    public QueryPage(ExampleQueries examples) {
        this.html = render(examples);
    }

    /** A browser asking for /sparql without a query gets the page; everything else goes to the protocol. */
    public static boolean wanted(Context ctx) {
        String accept = ctx.header("Accept");
        return ctx.queryParam("query") == null && ctx.queryParam("update") == null && accept != null
                && accept.startsWith("text/html");
    }

    @Override
    public void handle(Context ctx) {
        ctx.header("Vary", "Accept");
        ctx.html(html);
    }

    private static String render(ExampleQueries examples) {
        Document page = Document.createShell("");
        page.selectFirst("html").attr("lang", "nl");
        page.head().appendElement("meta").attr("charset", "utf-8");
        page.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        page.title("SPARQL-zoekvragen – Openbaar");
        page.head().appendElement("link").attr("rel", "stylesheet").attr("href", "/vendor/yasgui/yasgui.min.css");
        Element main = page.body().appendElement("main");
        main.appendElement("h1").text("Zoeken in de cijfers met SPARQL");
        main.appendElement("p").text("Stel een vraag aan alle begrotingscijfers, indicatoren en verslagen. Begin met een "
                + "voorbeeld hieronder, of schrijf uw eigen zoekvraag. De resultaten kunt u downloaden als CSV.");
        Element list = main.appendElement("section").attr("aria-labelledby", "examples-title");
        list.appendElement("h2").attr("id", "examples-title").text("Voorbeeldvragen");
        Element items = list.appendElement("ul");
        Map<String, Map<String, String>> data = new LinkedHashMap<>();
        for (ExampleQuery example : examples.all()) {
            Element item = items.appendElement("li");
            item.appendElement("button").attr("type", "button").attr("data-example", example.name()).text(example.title());
            item.appendElement("p").text(example.description());
            data.put(example.name(), Map.of("title", example.title(), "query", example.bind(Map.of()).toString()));
        }
        main.appendElement("div").attr("id", "yasgui");
        page.body().appendElement("script").attr("type", "application/json").attr("id", "examples").appendChild(new DataNode(json(data)));
        page.body().appendElement("script").attr("type", "application/json").attr("id", "prefixes").appendChild(new DataNode(json(PREFIXES)));
        page.body().appendElement("script").attr("src", "/vendor/yasgui/yasgui.min.js");
        page.body().appendElement("script").attr("src", "/assets/query-page.js");
        return page.outerHtml();
    }

    /** JSON that is safe inside a script element: '<' and '>' are written as escapes. */
    private static String json(Object value) {
        ObjectMapper mapper = new ObjectMapper();
        mapper.getFactory().setCharacterEscapes(new CharacterEscapes() {
            private static final long serialVersionUID = 1L;
            private final int[] escapes = standardAsciiEscapesForJSON();

            {
                escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
                escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
                escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
            }

            @Override
            public int[] getEscapeCodesForAscii() {
                return escapes;
            }

            @Override
            public SerializableString getEscapeSequence(int ch) {
                return new SerializedString(String.format("\\u%04x", ch));
            }
        });
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
