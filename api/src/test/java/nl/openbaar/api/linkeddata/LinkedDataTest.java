package nl.openbaar.api.linkeddata;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.openbaar.api.OpenbaarServer;
import nl.openbaar.api.BundledStore;
import nl.openbaar.store.TdbStore;
import nl.openbaar.vocab.Iris;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCAT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data IRIs dereference, the catalog negotiates its format, and every distribution URL of the catalog works. */
class LinkedDataTest {
    private static final String FIGURE_PATH = "/id/figure/hilversum-2022-jaarrekening-burgerzaken/1-1-1";

    @TempDir
    static Path data;
    private static TdbStore store;
    private static OpenbaarServer server;
    private static Iris iris;

    @BeforeAll
    static void start() {
        iris = new Iris(Iris.DEFAULT_BASE);
        store = BundledStore.harvested(data.resolve("tdb2"));
        server = new OpenbaarServer(store, iris, Duration.ofSeconds(10)).start("127.0.0.1", 0);
        RestAssured.port = server.port();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    @Test
    void aBudgetFigureDereferencesToItsTriplesAsTurtle() {
        Response response = given().accept("text/turtle").when().get(FIGURE_PATH);
        response.then().statusCode(200).contentType(startsWith("text/turtle"));
        Model model = parse(response.asString(), "TURTLE");
        var figure = model.getResource(iris.base() + FIGURE_PATH.substring(1));
        assertEquals("1500000", figure.getProperty(model.createProperty(nl.openbaar.vocab.OB.NS + "amount")).getLiteral().getLexicalForm()
                .replaceFirst("\\.0$", ""));
        assertEquals("-1.500", figure.getProperty(model.createProperty(nl.openbaar.vocab.OB.NS + "printedValue")).getString());
    }

    @Test
    void aBudgetFigureDereferencesAsJsonLdAndNTriples() {
        given().accept("application/ld+json").when().get(FIGURE_PATH).then().statusCode(200)
                .contentType(startsWith("application/ld+json")).body(containsString("-1.500"));
        given().accept("application/n-triples").when().get(FIGURE_PATH).then().statusCode(200)
                .contentType(startsWith("application/n-triples")).body(containsString("\"-1.500\""));
    }

    @Test
    void aBrowserGetsADutchHtmlPageOfTheFigure() {
        given().accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").when().get(FIGURE_PATH)
                .then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("<html lang=\"nl\">")).body(containsString("-1.500"))
                .body(containsString("href=\"/id/document/hilversum-2022-jaarrekening-burgerzaken\""));
    }

    @Test
    void anUnknownIriIs404() {
        given().accept("text/turtle").when().get("/id/figure/nowhere/9-9-9")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
    }

    @Test
    void theCatalogIsServedAsTurtleJsonLdAndRdfXml() {
        given().accept("text/turtle").when().get("/catalog").then().statusCode(200).contentType(startsWith("text/turtle"))
                .body(containsString("dcat:Catalog"));
        given().accept("application/ld+json").when().get("/catalog").then().statusCode(200).contentType(startsWith("application/ld+json"));
        given().accept("application/rdf+xml").when().get("/catalog").then().statusCode(200).contentType(startsWith("application/rdf+xml"))
                .body(containsString("Catalog"));
    }

    @Test
    void theValidationReportOfTheCatalogIsServedAndConforms() {
        given().accept("text/turtle").when().get("/catalog/validation").then().statusCode(200)
                .body(containsString("sh:conforms")).body(not(containsString("sh:conforms  false")));
    }

    @Test
    void everyDistributionUrlInTheCatalogAnswers200WithItsMediaType() {
        Model catalog = parse(given().accept("text/turtle").when().get("/catalog").asString(), "TURTLE");
        List<Statement> urls = catalog.listStatements(null, DCAT.downloadURL, (RDFNode) null).toList();
        urls.addAll(catalog.listStatements(null, DCAT.accessURL, (RDFNode) null).toList());
        assertTrue(urls.size() >= 22, "distribution URLs: " + urls.size());
        for (Statement url : urls) {
            String path = URI.create(url.getResource().getURI()).getPath();
            Statement mediaType = url.getSubject().getProperty(DCAT.mediaType);
            String expected = mediaType == null ? "text/turtle" : mediaType.getResource().getURI().replaceFirst(".*/media-types/", "");
            Response response = given().accept(expected).when().get(path);
            assertEquals(200, response.statusCode(), path);
            assertTrue(response.contentType().startsWith(expected), path + " answered " + response.contentType());
            assertFalse(response.asString().isBlank(), path);
        }
    }

    @Test
    void aLargeCatalogIsPagedWithCorrectNextAndLastLinks() {
        OpenbaarServer paged = new OpenbaarServer(store, iris, Duration.ofSeconds(10), 4).start("127.0.0.1", 0);
        int total = store.read(tx -> tx.graph(iris.catalogGraph())).listResourcesWithProperty(
                org.apache.jena.vocabulary.RDF.type, DCAT.Dataset).toList().size();
        int lastPage = (total + 3) / 4;
        try {
            java.util.Set<String> seen = new java.util.HashSet<>();
            String next = "/catalog";
            int pages = 0;
            while (next != null) {
                Response response = given().port(paged.port()).accept("text/turtle").when().get(next);
                response.then().statusCode(200);
                String links = response.header("Link");
                assertTrue(links.contains("</catalog?page=" + lastPage + ">; rel=\"last\""), links);
                Model page = parse(response.asString(), "TURTLE");
                List<String> datasets = page.listResourcesWithProperty(org.apache.jena.vocabulary.RDF.type, DCAT.Dataset)
                        .mapWith(r -> r.getURI()).toList();
                assertTrue(datasets.size() <= 4, next + ": " + datasets);
                datasets.forEach(d -> assertTrue(seen.add(d), "seen twice: " + d));
                pages++;
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("<([^>]+)>; rel=\"next\"").matcher(links);
                next = m.find() ? m.group(1) : null;
            }
            assertTrue(lastPage > 1, "the bundled catalog must need more than one page of 4");
            assertEquals(lastPage, pages);
            assertEquals(total, seen.size());
        } finally {
            paged.stop();
        }
    }

    @Test
    void sectionsAreFoundByAWordOfTheirTextThroughSparql() {
        given().accept("application/sparql-results+json").queryParam("query", """
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX dct: <http://purl.org/dc/terms/>
                SELECT ?section ?document { ?section text:query 'GovUnited' ; dct:isPartOf ?document }""")
                .when().get("/sparql")
                .then().statusCode(200)
                .body("results.bindings.size()", equalTo(1))
                .body("results.bindings[0].document.value", equalTo(iris.document("hilversum-2017-jaarverslag-dienstverlening")));
    }

    @Test
    void aDownloadOfASourceNameThatCannotExistIsA404NotAServerError() {
        given().urlEncodingEnabled(false).when().get("/download/%3Ex%20y/budget.ttl")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
    }

    @Test
    void aCatalogPageBelowOneIsABadParameter() {
        given().queryParam("page", "-5").when().get("/catalog").then().statusCode(400).body("title", equalTo("Bad parameter"));
        given().queryParam("page", "abc").when().get("/catalog").then().statusCode(400);
    }

    @Test
    void anUnknownPathIsAProblem404() {
        given().when().get("/nothing-here").then().statusCode(404).body("status", equalTo(404));
    }

    private static Model parse(String text, String lang) {
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader(text), null, lang);
        return m;
    }
}
