package nl.openbaar.vocab;

import java.io.InputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/**
 * Everything the data refers to that is not harvested: the ontology, the cube structures, and the official lists
 * (TOOI municipalities, Woo information categories, Iv3 taakvelden, the EU value lists the catalog uses). It is loaded
 * into the store as one named graph, so that queries and validation see it.
 */
public final class VocabularyGraph {
    private static final String BASE = "/nl/openbaar/vocab/";

    private VocabularyGraph() {
    }

    public static Model build() {
        Model m = ModelFactory.createDefaultModel();
        for (String file : new String[] {"openbaar.ttl", "cubes.ttl", "lists/rwc_gemeenten_compleet_5.ttl",
                "lists/scw_woo_informatiecategorieen_3.ttl", "lists/eu-value-lists.ttl"}) {
            read(m, BASE + file);
        }
        m.add(Taakvelden.official().asSkos());
        m.add(Municipalities.official().asSkos());
        return m;
    }

    /** The ontology and the cube structures only. */
    public static Model ontology() {
        Model m = ModelFactory.createDefaultModel();
        read(m, BASE + "openbaar.ttl");
        read(m, BASE + "cubes.ttl");
        return m;
    }

    public static Model resource(String path) {
        Model m = ModelFactory.createDefaultModel();
        read(m, path);
        return m;
    }

    private static void read(Model m, String path) {
        try (InputStream in = VocabularyGraph.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            RDFDataMgr.read(m, in, Lang.TURTLE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
