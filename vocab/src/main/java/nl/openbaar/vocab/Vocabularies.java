package nl.openbaar.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of standard vocabularies that Jena does not ship constants for. */
public final class Vocabularies {
    public static final String QB_NS = "http://purl.org/linked-data/cube#";
    public static final String PROV_NS = "http://www.w3.org/ns/prov#";
    public static final String DQV_NS = "http://www.w3.org/ns/dqv#";
    public static final String QUDT_UNIT_NS = "http://qudt.org/vocab/unit/";
    public static final String VCARD_NS = "http://www.w3.org/2006/vcard/ns#";
    public static final String EU_AUTHORITY = "http://publications.europa.eu/resource/authority/";

    public static final Resource QB_OBSERVATION = ResourceFactory.createResource(QB_NS + "Observation");
    public static final Resource QB_DATASET = ResourceFactory.createResource(QB_NS + "DataSet");
    public static final Property QB_STRUCTURE = ResourceFactory.createProperty(QB_NS + "structure");
    public static final Property QB_DATA_SET = ResourceFactory.createProperty(QB_NS + "dataSet");
    public static final Property PROV_WAS_DERIVED_FROM = ResourceFactory.createProperty(PROV_NS + "wasDerivedFrom");

    private Vocabularies() {
    }
}
