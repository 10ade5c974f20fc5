package nl.openbaar.api.woo.request;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.stream.Stream;
import nl.openbaar.api.woo.request.rdf.WooTerms;
import nl.openbaar.vocab.VocabularyGraph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every ob: term the request register writes is defined in the vocabulary, with Dutch and English labels. */
class WooTermsTest {
    private static final Model ONTOLOGY = VocabularyGraph.ontology();

    static Stream<Field> terms() {
        return Arrays.stream(WooTerms.class.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType()));
    }

    @ParameterizedTest(name = "ob:{0} is defined with nl and en labels")
    @MethodSource("terms")
    void isDefinedWithLabels(Field field) throws IllegalAccessException {
        Resource term = ONTOLOGY.createResource(((Resource) field.get(null)).getURI());
        assertTrue(ONTOLOGY.contains(term, RDF.type), term + " has no rdf:type");
        for (String language : new String[] {"nl", "en"}) {
            assertTrue(ONTOLOGY.listObjectsOfProperty(term, RDFS.label).toList().stream()
                    .filter(RDFNode::isLiteral).anyMatch(l -> language.equals(l.asLiteral().getLanguage())), term + " has no @" + language + " label");
        }
    }
}
