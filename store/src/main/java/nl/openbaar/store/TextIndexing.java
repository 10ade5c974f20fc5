package nl.openbaar.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;

/**
 * What the full-text index (jena-text, Lucene) holds: section texts ({@code ob:text}, the default field), titles
 * ({@code dct:title}) and labels ({@code rdfs:label}, {@code skos:prefLabel}), with their graph, so that
 * {@code text:query} works in SPARQL. A uid field per entry lets the index delete exactly what the store deletes.
 */
final class TextIndexing {
    static final Node TEXT = NodeFactory.createURI("https://w3id.org/openbaar/def#text");
    static final Node TITLE = NodeFactory.createURI("http://purl.org/dc/terms/title");
    static final Node LABEL = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
    static final Node PREF_LABEL = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel");

    private TextIndexing() {
    }

    static TextIndexConfig config() {
        EntityDefinition definition = new EntityDefinition("uri", "text", TEXT);
        definition.set("title", TITLE);
        definition.set("label", LABEL);
        definition.set("label", PREF_LABEL);
        definition.setGraphField("graph");
        definition.setUidField("uid");
        definition.setLangField("lang");
        TextIndexConfig config = new TextIndexConfig(definition);
        config.setValueStored(true);
        return config;
    }

    static boolean isIndexed(Node predicate) {
        return predicate.equals(TEXT) || predicate.equals(TITLE) || predicate.equals(LABEL) || predicate.equals(PREF_LABEL);
    }
}
