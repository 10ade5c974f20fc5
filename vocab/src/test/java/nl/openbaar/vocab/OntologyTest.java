package nl.openbaar.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OntologyTest {

    private static Model ontology;

    @BeforeAll
    static void parseOntology() throws IOException {
        ontology = ModelFactory.createDefaultModel();
        try (InputStream in = OB.class.getResourceAsStream(OB.ONTOLOGY_RESOURCE)) {
            assertNotNull(in, "missing resource " + OB.ONTOLOGY_RESOURCE);
            RDFDataMgr.read(ontology, in, Lang.TURTLE);
        }
    }

    /** Every public static Resource (and so every Property) constant of OB, by field name. */
    static Stream<Field> terms() {
        return Arrays.stream(OB.class.getDeclaredFields())
                .filter(f -> Modifier.isPublic(f.getModifiers()) && Modifier.isStatic(f.getModifiers()))
                .filter(f -> Resource.class.isAssignableFrom(f.getType()));
    }

    private static Resource term(Field field) throws IllegalAccessException {
        return ontology.createResource(((Resource) field.get(null)).getURI());
    }

    private static boolean hasLiteral(Resource term, org.apache.jena.rdf.model.Property property, String language) {
        return ontology.listObjectsOfProperty(term, property).toList().stream()
                .filter(RDFNode::isLiteral)
                .anyMatch(o -> language == null || language.equals(o.asLiteral().getLanguage()));
    }

    @Test
    void parsesAsTurtleAndDescribesTheOntology() {
        assertFalse(ontology.isEmpty());
        assertTrue(ontology.contains(ontology.createResource("https://w3id.org/openbaar/def"), RDF.type, OWL.Ontology));
    }

    @Test
    void findsTheTermsOfOBByReflection() {
        // guards the parameterised tests below against silently checking nothing
        assertTrue(terms().count() >= 50, "found only " + terms().count() + " terms");
        assertTrue(terms().anyMatch(f -> f.getName().equals("BudgetFigure")));
        assertTrue(terms().anyMatch(f -> f.getName().equals("amount")));
    }

    @ParameterizedTest(name = "ob:{0} is in the namespace")
    @MethodSource("terms")
    void everyTermIsInTheOntologyNamespace(Field field) throws IllegalAccessException {
        assertTrue(term(field).getURI().startsWith(OB.NS), term(field).getURI());
        assertEquals(field.getName(), term(field).getLocalName());
    }

    @ParameterizedTest(name = "ob:{0} is defined")
    @MethodSource("terms")
    void everyTermIsDefinedInTheOntology(Field field) throws IllegalAccessException {
        Resource term = term(field);
        assertTrue(ontology.contains(term, RDF.type), term + " has no rdf:type in the ontology");
        assertTrue(ontology.contains(term, RDFS.isDefinedBy, ontology.createResource("https://w3id.org/openbaar/def")),
                term + " has no rdfs:isDefinedBy");
    }

    @ParameterizedTest(name = "ob:{0} has a Dutch label")
    @MethodSource("terms")
    void everyTermHasADutchLabel(Field field) throws IllegalAccessException {
        assertTrue(hasLiteral(term(field), RDFS.label, "nl"), term(field) + " has no rdfs:label @nl");
    }

    @ParameterizedTest(name = "ob:{0} has an English label")
    @MethodSource("terms")
    void everyTermHasAnEnglishLabel(Field field) throws IllegalAccessException {
        assertTrue(hasLiteral(term(field), RDFS.label, "en"), term(field) + " has no rdfs:label @en");
    }

    @ParameterizedTest(name = "ob:{0} has a comment")
    @MethodSource("terms")
    void everyTermHasAComment(Field field) throws IllegalAccessException {
        assertTrue(hasLiteral(term(field), RDFS.comment, null), term(field) + " has no rdfs:comment");
    }

    @Test
    void everyPropertyConstantIsDeclaredAsAProperty() throws IllegalAccessException {
        List<String> notProperties = new ArrayList<>();
        for (Field field : terms().filter(f -> org.apache.jena.rdf.model.Property.class.isAssignableFrom(f.getType())).toList()) {
            Resource term = term(field);
            boolean property = ontology.contains(term, RDF.type, RDF.Property)
                    || ontology.contains(term, RDF.type, OWL.ObjectProperty)
                    || ontology.contains(term, RDF.type, OWL.DatatypeProperty)
                    || ontology.contains(term, RDF.type, OWL.AnnotationProperty);
            if (!property) {
                notProperties.add(field.getName());
            }
        }
        assertEquals(List.of(), notProperties);
    }
}
