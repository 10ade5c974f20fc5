package nl.openbaar.harvester.woo;

import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import nl.openbaar.store.ReadTransaction;
import nl.openbaar.vocab.Iris;
import nl.openbaar.vocab.OB;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * Every harvested jaarrekening, jaarverslag and begroting as a publication of the Woo register, in the information
 * category "jaarplannen en jaarverslagen" (Woo 3.3 lid 2 g), without anyone publishing it by hand. The publication's
 * file is the report itself: its own URL where it was harvested from one, else its document IRI here. The time a
 * report first entered the register is kept across rebuilds, so the register's {@code lastmod} only moves when the
 * report's bytes change.
 */
public final class ReportPublications {
    public static final String TOOI = "https://identifier.overheid.nl/tooi/def/thes/kern/";
    /** jaarplannen en jaarverslagen (infocat012) */
    public static final String ANNUAL_PLANS_AND_REPORTS = TOOI + "c_c6cd1213";
    /** documentsoort jaarverslag; the list has no jaarrekening, and a municipality's jaarstukken are its jaarverslag */
    public static final String KIND_ANNUAL_REPORT = TOOI + "c_3d782f30";
    /** documentsoort begroting */
    public static final String KIND_BUDGET = TOOI + "c_dfa0ff1f";
    public static final String DUTCH = "http://publications.europa.eu/resource/authority/language/NLD";
    private static final String FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";

    private static final String REPORTS = """
            PREFIX ob: <https://w3id.org/openbaar/def#>
            PREFIX dct: <http://purl.org/dc/terms/>
            SELECT ?doc ?title ?kind ?publisher ?issued ?url ?format ?sha WHERE {
              ?doc a ob:SourceDocument ; dct:title ?title ; ob:reportKind ?kind ; dct:publisher ?publisher ; ob:sha256 ?sha .
              OPTIONAL { ?doc dct:issued ?issued }
              OPTIONAL { ?doc ob:sourceUrl ?url }
              OPTIONAL { ?doc dct:format ?format }
            } ORDER BY ?doc""";

    private final Iris iris;

    public ReportPublications(Iris iris) {
        this.iris = iris;
    }

    /** The graph of report publications for what the store holds now, keeping first-seen times from {@code previous}. */
    public Model build(ReadTransaction tx, Model previous, Instant now) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("ob", OB.NS).setNsPrefix("dct", DCTerms.NS).setNsPrefix("dcat", DCAT.NS);
        Map<String, Literal[]> seen = seen(previous);
        Literal nowLiteral = m.createTypedLiteral(now.toString(), XSDDatatype.XSDdateTime);
        try (var execution = tx.query(QueryFactory.create(REPORTS))) {
            execution.execSelect().forEachRemaining(row -> add(m, row, seen, nowLiteral));
        }
        return m;
    }

    private void add(Model m, QuerySolution row, Map<String, Literal[]> seen, Literal now) {
        Resource doc = row.getResource("doc");
        String sourceId = doc.getURI().substring(iris.document("x").length() - 1);
        String id = publicationId(sourceId);
        String sha = row.getLiteral("sha").getString();
        Resource publication = m.createResource(iris.publication(id));
        Literal[] before = seen.get(publication.getURI());
        Literal registered = before == null ? now : before[0];
        Literal modified = before != null && sha.equals(before[2].getString()) ? before[1] : now;
        boolean budget = row.getResource("kind").equals(OB.Budget);
        Resource publisher = m.createResource(row.getResource("publisher").getURI());
        publication.addProperty(RDF.type, OB.Publication).addProperty(RDF.type, FOAF.Document)
                .addProperty(DCTerms.identifier, id)
                .addProperty(DCTerms.title, row.getLiteral("title").getString(), "nl")
                .addProperty(DCTerms.description, (budget ? "Begroting" : "Jaarstukken") + ", geoogst door Openbaar uit de eigen publicatie van de gemeente.", "nl")
                .addProperty(OB.informationCategory, m.createResource(ANNUAL_PLANS_AND_REPORTS))
                .addProperty(OB.documentKind, m.createResource(budget ? KIND_BUDGET : KIND_ANNUAL_REPORT))
                .addProperty(DCTerms.publisher, publisher)
                .addProperty(OB.responsibleOrganisation, publisher)
                .addProperty(DCTerms.language, m.createResource(DUTCH))
                .addProperty(OB.publicationStatus, OB.Published)
                .addProperty(OB.registeredOn, registered)
                .addProperty(DCTerms.modified, modified)
                .addProperty(DCTerms.source, doc);
        if (row.contains("issued")) {
            publication.addProperty(DCTerms.issued, row.getLiteral("issued"));
        }
        String url = row.contains("url") ? row.getLiteral("url").getLexicalForm() : null;
        String download = url != null && (url.startsWith("https://") || url.startsWith("http://")) ? url : doc.getURI();
        Resource file = m.createResource(iris.publicationFile(id, "report"))
                .addProperty(RDF.type, FOAF.Document)
                .addProperty(DCTerms.isPartOf, publication)
                .addProperty(OB.fileName, sourceId)
                .addProperty(DCAT.downloadURL, m.createResource(download))
                .addProperty(OB.sha256, sha)
                .addProperty(OB.version, m.createTypedLiteral(1))
                .addProperty(DCTerms.modified, modified);
        if (row.contains("format")) {
            fileType(row.getLiteral("format").getString()).ifPresent(type -> file.addProperty(DCTerms.format, m.createResource(FILE_TYPE + type)));
        }
        publication.addProperty(OB.file, file);
    }

    /** Publication id of a source: {@code report-<source id>}, or a digest where that would be too long for an id. */
    public static String publicationId(String sourceId) {
        String id = "report-" + sourceId;
        if (id.length() <= 128) {
            return id;
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(sourceId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "report-" + HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.util.Optional<String> fileType(String mediaType) {
        String base = mediaType.split(";")[0].trim();
        return java.util.Optional.ofNullable(switch (base) {
            case "application/pdf" -> "PDF";
            case "text/html", "application/xhtml+xml" -> "HTML";
            case "text/plain" -> "TXT";
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> "DOCX";
            case "application/msword" -> "DOC";
            case "application/vnd.oasis.opendocument.text" -> "ODT";
            default -> null;
        });
    }

    /** Per publication of the previous build: registered-on, modified and the file's digest. */
    private static Map<String, Literal[]> seen(Model previous) {
        Map<String, Literal[]> seen = new HashMap<>();
        previous.listSubjectsWithProperty(OB.registeredOn).forEachRemaining(p -> {
            Resource file = p.getPropertyResourceValue(OB.file);
            if (file != null && file.hasProperty(OB.sha256) && p.hasProperty(DCTerms.modified)) {
                seen.put(p.getURI(), new Literal[] {p.getProperty(OB.registeredOn).getLiteral(), p.getProperty(DCTerms.modified).getLiteral(),
                        file.getProperty(OB.sha256).getLiteral()});
            }
        });
        return seen;
    }
}
