package nl.openbaar.harvester.catalog;

import java.util.ArrayList;
import java.util.List;
import nl.openbaar.store.ReadTransaction;
import nl.openbaar.vocab.Iris;
import nl.openbaar.vocab.OB;
import nl.openbaar.vocab.Vocabularies;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Builds the DCAT-AP-NL catalog of what the store holds: per harvested document a dataset of its budget figures, one
 * of its indicator values and one of the document itself, each with a Turtle download and the SPARQL service.
 */
public final class CatalogBuilder {
    private static final String AUTHORITY = Vocabularies.EU_AUTHORITY;
    private static final String VCARD = Vocabularies.VCARD_NS;
    private static final String CC0 = "http://creativecommons.org/publicdomain/zero/1.0/deed.nl";
    private static final String TURTLE_TYPE = "https://www.iana.org/assignments/media-types/text/turtle";
    private static final String CSV_TYPE = "https://www.iana.org/assignments/media-types/text/csv";
    private static final String DOCUMENTS = """
            PREFIX ob: <https://w3id.org/openbaar/def#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX qb: <http://purl.org/linked-data/cube#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?doc ?title ?year ?municipality ?name ?issued
                   (EXISTS { ?b qb:structure ob:BudgetStructure ; prov:wasDerivedFrom ?doc } AS ?budget)
                   (EXISTS { ?i qb:structure ob:IndicatorStructure ; prov:wasDerivedFrom ?doc } AS ?indicators)
            WHERE {
              ?doc a ob:SourceDocument ; dct:title ?title ; ob:fiscalYear ?year ; dct:publisher ?municipality .
              ?municipality skos:prefLabel ?name .
              OPTIONAL { ?doc dct:issued ?issued }
            } ORDER BY ?doc""";

    private final Iris iris;

    public CatalogBuilder(Iris iris) {
        this.iris = iris;
    }

    public Model build(ReadTransaction tx) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("dcat", DCAT.NS).setNsPrefix("dct", DCTerms.NS).setNsPrefix("ob", OB.NS).setNsPrefix("vcard", VCARD)
                .setNsPrefix("foaf", FOAF.NS);
        Resource openbaar = m.createResource(iris.base() + "id/organisation/openbaar").addProperty(RDF.type, FOAF.Agent)
                .addProperty(FOAF.name, "Openbaar", "nl");
        Resource contact = m.createResource(iris.base() + "id/contact/openbaar")
                .addProperty(RDF.type, m.createResource(VCARD + "Kind")).addProperty(RDF.type, m.createResource(VCARD + "Organization"))
                .addProperty(m.createProperty(VCARD + "fn"), "Openbaar")
                .addProperty(m.createProperty(VCARD + "hasURL"), m.createResource(iris.base()));
        Resource service = m.createResource(iris.base() + "id/service/sparql")
                .addProperty(RDF.type, DCAT.DataService)
                .addProperty(DCTerms.title, "SPARQL-endpoint van Openbaar", "nl")
                .addProperty(DCTerms.description, "SPARQL 1.1 Protocol (alleen lezen) over alle begrotingscijfers, indicatoren en documenten.", "nl")
                .addProperty(DCTerms.identifier, iris.base() + "id/service/sparql")
                .addProperty(DCAT.endpointURL, m.createResource(iris.sparqlService()))
                .addProperty(DCAT.endpointDescription, m.createResource(iris.sparqlService()))
                .addProperty(DCTerms.conformsTo, m.createResource("https://www.w3.org/TR/sparql11-protocol/"))
                .addProperty(DCTerms.publisher, openbaar)
                .addProperty(DCTerms.license, m.createResource(CC0))
                .addProperty(DCTerms.accessRights, m.createResource(AUTHORITY + "access-right/PUBLIC"))
                .addProperty(DCAT.contactPoint, contact)
                .addProperty(DCAT.theme, m.createResource(AUTHORITY + "data-theme/GOVE"));
        m.createResource("https://www.w3.org/TR/sparql11-protocol/").addProperty(RDF.type, DCTerms.Standard);
        m.createResource(iris.sparqlService()).addProperty(RDF.type, RDFS.Resource);
        m.createResource(iris.base()).addProperty(RDF.type, FOAF.Document);
        Resource catalog = m.createResource(iris.catalog())
                .addProperty(RDF.type, DCAT.Catalog)
                .addProperty(DCTerms.title, "Openbaar: begrotingen, indicatoren en documenten van gemeenten", "nl")
                .addProperty(DCTerms.description, "Cijfers uit jaarrekeningen, begrotingen en jaarverslagen van Nederlandse gemeenten, "
                        + "elk herleidbaar tot de pagina, tabel en regel waar het gedrukt staat.", "nl")
                .addProperty(DCTerms.publisher, openbaar)
                .addProperty(DCAT.contactPoint, contact)
                .addProperty(DCTerms.language, m.createResource(AUTHORITY + "language/NLD"))
                .addProperty(DCTerms.license, m.createResource(CC0))
                .addProperty(FOAF.homepage, m.createResource(iris.base()))
                .addProperty(DCAT.service, service);
        m.add(referencedValues());
        for (QuerySolution row : documents(tx)) {
            Resource document = row.getResource("doc");
            String id = document.getURI().substring(iris.document("x").length() - 1);
            Resource municipality = m.createResource(row.getResource("municipality").getURI())
                    .addProperty(RDF.type, FOAF.Agent).addProperty(FOAF.name, row.getLiteral("name").getString(), "nl");
            DatasetFacts facts = new DatasetFacts(row.getLiteral("title").getString(), row.getLiteral("year").getLexicalForm(),
                    municipality, contact, service, row.contains("issued") ? row.getLiteral("issued").getLexicalForm() : null);
            if (row.getLiteral("budget").getBoolean()) {
                catalog.addProperty(DCAT.dataset, dataset(m, iris.budgetDataset(id), "Begrotingscijfers", facts,
                        "Lasten, baten en saldo per programma en regel, zoals gedrukt in"));
            }
            if (row.getLiteral("indicators").getBoolean()) {
                catalog.addProperty(DCAT.dataset, dataset(m, iris.indicatorDataset(id), "Indicatoren", facts,
                        "Streef- en realisatiewaarden van de indicatoren, zoals gedrukt in"));
            }
            catalog.addProperty(DCAT.dataset, dataset(m, iris.documentsDataset(id), "Document en secties", facts,
                    "De tekst van het document in secties, doorzoekbaar, uit"));
        }
        catalog.addProperty(DCAT.dataset, wooRegister(m, openbaar, contact, service));
        return m;
    }

    /** The Woo register as a dataset: its public publications, by SPARQL and as CSV from the API. */
    private Resource wooRegister(Model m, Resource openbaar, Resource contact, Resource service) {
        String iri = iris.wooRegisterDataset();
        Resource dataset = m.createResource(iri)
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.identifier, iri)
                .addProperty(DCTerms.title, "Woo-register: openbaar gemaakte documenten", "nl")
                .addProperty(DCTerms.description, "De publicaties van het Woo-register (Wet open overheid) met hun DiWoo-metadata: "
                        + "informatiecategorie, organisatie, documentsoort, data, bestanden en hun tekst; ingetrokken publicaties met hun reden. "
                        + "Geoogste jaarstukken en begrotingen staan er vanzelf in (categorie jaarplannen en jaarverslagen).", "nl")
                .addProperty(DCTerms.publisher, openbaar)
                .addProperty(DCTerms.creator, openbaar)
                .addProperty(DCAT.contactPoint, contact)
                .addProperty(DCAT.theme, m.createResource(AUTHORITY + "data-theme/GOVE"))
                .addProperty(DCTerms.accessRights, m.createResource(AUTHORITY + "access-right/PUBLIC"))
                .addProperty(DCTerms.language, m.createResource(AUTHORITY + "language/NLD"))
                .addProperty(DCAT.keyword, "Woo", "nl")
                .addProperty(DCAT.keyword, "openbaarmaking", "nl");
        Resource sparql = m.createResource(iri + "/distribution/sparql")
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCTerms.title, "Woo-register via SPARQL", "nl")
                .addProperty(DCTerms.description, "De publicaties als ob:Publication in de grafen onder " + iris.wooGraphPrefix() + ".", "nl")
                .addProperty(DCAT.accessURL, m.createResource(iris.sparqlService()))
                .addProperty(DCAT.accessService, service)
                .addProperty(DCTerms.license, m.createResource(CC0));
        String csvUrl = iris.base() + "api/v1/publications.csv";
        Resource csv = m.createResource(iri + "/distribution/csv")
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCTerms.title, "Woo-register als CSV", "nl")
                .addProperty(DCTerms.description, "De lijst van publicaties uit de API, als CSV (per pagina, met Link-headers).", "nl")
                .addProperty(DCAT.accessURL, m.createResource(csvUrl))
                .addProperty(DCAT.mediaType, m.createResource(CSV_TYPE))
                .addProperty(DCTerms.format, m.createResource(AUTHORITY + "file-type/CSV"))
                .addProperty(DCTerms.license, m.createResource(CC0));
        service.addProperty(DCAT.servesDataset, dataset);
        return dataset.addProperty(DCAT.distribution, sparql).addProperty(DCAT.distribution, csv);
    }

    private record DatasetFacts(String title, String year, Resource municipality, Resource contact, Resource service, String issued) {
    }

    private Resource dataset(Model m, String iri, String what, DatasetFacts f, String description) {
        Resource dataset = m.createResource(iri)
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.identifier, iri)
                .addProperty(DCTerms.title, what + ": " + f.title(), "nl")
                .addProperty(DCTerms.description, description + " " + f.title() + ".", "nl")
                .addProperty(DCTerms.publisher, f.municipality())
                .addProperty(DCTerms.creator, f.municipality())
                .addProperty(DCAT.contactPoint, f.contact())
                .addProperty(DCAT.theme, m.createResource(AUTHORITY + "data-theme/GOVE"))
                .addProperty(DCAT.theme, m.createResource(AUTHORITY + "data-theme/ECON"))
                .addProperty(DCTerms.accessRights, m.createResource(AUTHORITY + "access-right/PUBLIC"))
                .addProperty(DCTerms.language, m.createResource(AUTHORITY + "language/NLD"))
                .addProperty(DCAT.keyword, "gemeente", "nl")
                .addProperty(OB.fiscalYear, m.createTypedLiteral(f.year(), XSDDatatype.XSDgYear));
        if (f.issued() != null) {
            dataset.addProperty(DCTerms.issued, m.createTypedLiteral(f.issued(), XSDDatatype.XSDdate));
        }
        String download = iris.download(iri);
        Resource turtle = m.createResource(iri + "/distribution/turtle")
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCTerms.title, what + " als Turtle", "nl")
                .addProperty(DCTerms.description, "Alle triples van deze dataset, met herkomst.", "nl")
                .addProperty(DCAT.accessURL, m.createResource(download))
                .addProperty(DCAT.downloadURL, m.createResource(download))
                .addProperty(DCAT.mediaType, m.createResource(TURTLE_TYPE))
                .addProperty(DCTerms.format, m.createResource(AUTHORITY + "file-type/RDF_TURTLE"))
                .addProperty(DCTerms.license, m.createResource(CC0));
        Resource sparql = m.createResource(iri + "/distribution/sparql")
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCTerms.title, what + " via SPARQL", "nl")
                .addProperty(DCTerms.description, "Te bevragen met SPARQL in de standaardgraaf van het endpoint.", "nl")
                .addProperty(DCAT.accessURL, m.createResource(iris.sparqlService()))
                .addProperty(DCAT.accessService, f.service())
                .addProperty(DCTerms.license, m.createResource(CC0));
        f.service().addProperty(DCAT.servesDataset, dataset);
        return dataset.addProperty(DCAT.distribution, turtle).addProperty(DCAT.distribution, sparql);
    }

    private static Model referencedValues() {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(TURTLE_TYPE).addProperty(RDF.type, DCTerms.MediaType).addProperty(RDFS.label, "text/turtle");
        m.createResource(CSV_TYPE).addProperty(RDF.type, DCTerms.MediaType).addProperty(RDFS.label, "text/csv");
        m.createResource(AUTHORITY + "file-type/CSV").addProperty(RDF.type, DCTerms.MediaTypeOrExtent)
                .addProperty(RDF.type, m.createResource("http://www.w3.org/2004/02/skos/core#Concept"))
                .addProperty(m.createProperty("http://www.w3.org/2004/02/skos/core#prefLabel"), "CSV", "en");
        m.add(nl.openbaar.vocab.VocabularyGraph.resource("/nl/openbaar/vocab/lists/eu-value-lists.ttl"));
        return m;
    }

    private static List<QuerySolution> documents(ReadTransaction tx) {
        List<QuerySolution> rows = new ArrayList<>();
        try (var execution = tx.query(QueryFactory.create(DOCUMENTS))) {
            execution.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }
}
