package nl.openbaar.api.sparql;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;

/** The SPARQL 1.1 Service Description of the endpoint, answered to a request without a query. */
final class ServiceDescription {
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";

    private ServiceDescription() {
    }

    static Model of(String endpoint) {
        Model m = ModelFactory.createDefaultModel().setNsPrefix("sd", SD).setNsPrefix("format", FORMATS);
        Resource service = m.createResource()
                .addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(m.createProperty(SD + "endpoint"), m.createResource(endpoint))
                .addProperty(m.createProperty(SD + "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(m.createProperty(SD + "feature"), m.createResource(SD + "UnionDefaultGraph"));
        for (String format : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                "Turtle", "JSON-LD", "N-Triples", "RDF_XML"}) {
            service.addProperty(m.createProperty(SD + "resultFormat"), m.createResource(FORMATS + format));
        }
        return m;
    }
}
