package nl.openbaar.api.woo.publication;

import nl.openbaar.vocab.Iris;
import nl.openbaar.vocab.OB;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * The public RDF of a published or withdrawn publication: its DiWoo metadata, its files (the version served, with its
 * text, searchable; earlier public versions as history). A withdrawn publication keeps its entry and reason, but its
 * files lose their download and their text. Concepts and findings never get here.
 */
public final class PublicationGraph {
    private static final String IANA = "https://www.iana.org/assignments/media-types/";
    private final Iris iris;
    private final FileStore files;

    public PublicationGraph(Iris iris, FileStore files) {
        this.iris = iris;
        this.files = files;
    }

    public Model build(Draft draft) {
        if (Draft.CONCEPT.equals(draft.status)) {
            throw new IllegalArgumentException("a concept has no public graph");
        }
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("ob", OB.NS).setNsPrefix("dct", DCTerms.NS).setNsPrefix("dcat", DCAT.NS);
        Draft.Metadata md = draft.metadata;
        boolean withdrawn = Draft.WITHDRAWN.equals(draft.status);
        Resource p = m.createResource(iris.publication(draft.id))
                .addProperty(RDF.type, OB.Publication).addProperty(RDF.type, FOAF.Document)
                .addProperty(DCTerms.identifier, draft.id)
                .addProperty(DCTerms.title, md.officialTitle, "nl")
                .addProperty(DCTerms.publisher, m.createResource(md.publisher))
                .addProperty(DCTerms.language, m.createResource(md.language))
                .addProperty(OB.publicationStatus, withdrawn ? OB.Withdrawn : OB.Published)
                .addProperty(OB.registeredOn, dateTime(m, draft.created.toString()))
                .addProperty(DCTerms.issued, dateTime(m, draft.published.toString()))
                .addProperty(DCTerms.modified, dateTime(m, draft.modified.toString()));
        if (md.description != null && !md.description.isBlank()) {
            p.addProperty(DCTerms.description, md.description, "nl");
        }
        md.informationCategories.forEach(c -> p.addProperty(OB.informationCategory, m.createResource(c)));
        if (md.responsible != null) {
            p.addProperty(OB.responsibleOrganisation, m.createResource(md.responsible));
        }
        if (md.creationDate != null) {
            p.addProperty(DCTerms.created, m.createTypedLiteral(md.creationDate.toString(), XSDDatatype.XSDdate));
        }
        if (md.documentKind != null) {
            p.addProperty(OB.documentKind, m.createResource(md.documentKind));
        }
        md.themes.forEach(t -> p.addProperty(DCAT.theme, m.createResource(t)));
        md.identifiers.forEach(i -> p.addProperty(DCTerms.identifier, i));
        if (withdrawn) {
            p.addProperty(OB.withdrawalReason, m.createResource(draft.withdrawalReason))
                    .addProperty(OB.withdrawnOn, dateTime(m, draft.withdrawn.toString()));
        }
        for (Draft.StoredFile stored : draft.files) {
            Draft.Version served = stored.served();
            if (served == null) {
                continue;
            }
            Resource file = m.createResource(iris.publicationFile(draft.id, stored.id))
                    .addProperty(RDF.type, FOAF.Document)
                    .addProperty(DCTerms.isPartOf, p)
                    .addProperty(OB.fileName, served.fileName)
                    .addProperty(DCTerms.format, m.createResource(served.format))
                    .addProperty(DCAT.mediaType, m.createResource(IANA + served.mediaType))
                    .addProperty(DCAT.byteSize, m.createTypedLiteral(String.valueOf(served.size), XSDDatatype.XSDnonNegativeInteger))
                    .addProperty(OB.sha256, served.sha256)
                    .addProperty(OB.version, m.createTypedLiteral(served.version))
                    .addProperty(DCTerms.modified, dateTime(m, served.uploaded.toString()));
            if (!withdrawn) {
                file.addProperty(DCAT.downloadURL, m.createResource(iris.publicationFileDownload(draft.id, stored.id)))
                        .addProperty(OB.text, files.text(served.sha256));
            }
            for (Draft.Version earlier : stored.versions) {
                if (earlier.wasPublic && earlier.version < served.version) {
                    file.addProperty(DCTerms.hasVersion, m.createResource(file.getURI() + "/version/" + earlier.version)
                            .addProperty(OB.version, m.createTypedLiteral(earlier.version))
                            .addProperty(OB.sha256, earlier.sha256)
                            .addProperty(DCTerms.modified, dateTime(m, earlier.replacedOn == null ? served.uploaded.toString() : earlier.replacedOn.toString())));
                }
            }
            p.addProperty(OB.file, file);
        }
        return m;
    }

    private static org.apache.jena.rdf.model.Literal dateTime(Model m, String instant) {
        return m.createTypedLiteral(instant, XSDDatatype.XSDdateTime);
    }
}
