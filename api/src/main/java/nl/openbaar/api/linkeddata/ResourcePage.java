package nl.openbaar.api.linkeddata;

import java.util.Comparator;
import nl.openbaar.vocab.Iris;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The HTML page of a data IRI, in Dutch: its properties and values, IRIs as links. Built with jsoup, so escaped. */
final class ResourcePage {
    private final Iris iris;

    ResourcePage(Iris iris) {
        this.iris = iris;
    }

    String render(String iri, Model model) {
        Document page = Document.createShell("");
        page.outputSettings().prettyPrint(true);
        page.selectFirst("html").attr("lang", "nl");
        page.head().appendElement("meta").attr("charset", "utf-8");
        page.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        page.title(label(model, iri) + " – Openbaar");
        Element main = page.body().appendElement("main");
        main.appendElement("h1").text(label(model, iri));
        main.appendElement("p").appendText("IRI: ").appendElement("code").text(iri);
        Element formats = main.appendElement("p").appendText("Ook als ");
        formats.appendElement("a").attr("href", local(iri) + "?format=ttl").attr("type", "text/turtle").text("Turtle");
        formats.appendText(" (vraag met Accept: text/turtle, application/ld+json of application/n-triples).");
        Element table = main.appendElement("table");
        table.appendElement("caption").text("Eigenschappen");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").attr("scope", "col").text("eigenschap");
        head.appendElement("th").attr("scope", "col").text("waarde");
        Element body = table.appendElement("tbody");
        model.listStatements(model.createResource(iri), null, (RDFNode) null).toList().stream()
                .sorted(Comparator.comparing((Statement s) -> s.getPredicate().getURI()).thenComparing(s -> s.getObject().toString()))
                .forEach(s -> {
                    Element row = body.appendElement("tr");
                    row.appendElement("th").attr("scope", "row").appendElement("a").attr("href", s.getPredicate().getURI())
                            .text(model.shortForm(s.getPredicate().getURI()));
                    Element value = row.appendElement("td");
                    if (s.getObject().isURIResource()) {
                        String target = s.getObject().asResource().getURI();
                        value.appendElement("a").attr("href", local(target)).text(model.shortForm(target));
                    } else if (s.getObject().isLiteral()) {
                        Literal literal = s.getObject().asLiteral();
                        value.text(literal.getLexicalForm());
                        if (!literal.getLanguage().isEmpty()) {
                            value.attr("lang", literal.getLanguage());
                        }
                    } else {
                        value.text(s.getObject().toString());
                    }
                });
        return page.outerHtml();
    }

    /** Links to data IRIs stay on this server, whatever its base IRI. */
    private String local(String iri) {
        return iri.startsWith(iris.base()) ? "/" + iri.substring(iris.base().length()) : iri;
    }

    private static String label(Model model, String iri) {
        for (String p : new String[] {"http://purl.org/dc/terms/title", "http://www.w3.org/2004/02/skos/core#prefLabel",
                "http://www.w3.org/2000/01/rdf-schema#label"}) {
            Statement s = model.createResource(iri).getProperty(model.createProperty(p));
            if (s != null && s.getObject().isLiteral()) {
                return s.getString();
            }
        }
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
