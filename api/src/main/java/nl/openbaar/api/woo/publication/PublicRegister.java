package nl.openbaar.api.woo.publication;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.openbaar.store.Store;
import nl.openbaar.vocab.Iris;
import nl.openbaar.vocab.OB;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.lucene.queryparser.classic.QueryParserBase;

/**
 * The public register as the store holds it: every publication in the public Woo graphs ({@code <base>graph/woo/...}),
 * published by staff or joined from a harvest. Search by words (jena-text over file texts, titles and, for harvested
 * reports, their sections), category and dates.
 */
public final class PublicRegister {
    private static final String PREFIXES = """
            PREFIX ob: <https://w3id.org/openbaar/def#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX text: <http://jena.apache.org/text#>
            """;

    private final Store store;
    private final Iris iris;

    public PublicRegister(Store store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    /** Every public publication, newest first. */
    public List<PublicEntry> all() {
        Model m = publicTriples();
        List<PublicEntry> entries = new ArrayList<>();
        m.listSubjectsWithProperty(RDF.type, OB.Publication).forEachRemaining(p -> entries.add(entry(p)));
        entries.sort(Comparator.comparing((PublicEntry e) -> String.valueOf(e.registerDate())).reversed().thenComparing(PublicEntry::id));
        return entries;
    }

    public Optional<PublicEntry> find(String id) {
        String iri = iris.publication(id);
        return all().stream().filter(e -> e.iri().equals(iri)).findFirst();
    }

    /**
     * Public publications matching every given filter: {@code words} in a file's text, the title or a harvested report's
     * sections; one of {@code categoryIri}; a register date from {@code from} to {@code to} (ISO dates, inclusive).
     */
    public List<PublicEntry> search(String words, String categoryIri, String from, String to) {
        Set<String> hits = words == null || words.isBlank() ? null : textHits(words);
        List<PublicEntry> found = new ArrayList<>();
        for (PublicEntry e : all()) {
            String date = e.registerDate();
            if ((hits == null || hits.contains(e.iri()))
                    && (categoryIri == null || e.categories().contains(categoryIri))
                    && (from == null || (date != null && date.compareTo(from) >= 0))
                    && (to == null || (date != null && date.compareTo(to) <= 0))) {
                found.add(e);
            }
        }
        return found;
    }

    private Set<String> textHits(String words) {
        // lower case: AND, OR and NOT are Lucene operators only in capitals; the index is lower-cased anyway
        String lucene = QueryParserBase.escape(words.strip().toLowerCase(java.util.Locale.ROOT));
        String literal = "\"" + lucene.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        String query = PREFIXES + """
                SELECT DISTINCT ?pub WHERE {
                  { ?file text:query (ob:text %1$s) . ?file dct:isPartOf ?pub . ?pub ob:file ?file }
                  UNION { ?pub text:query (dct:title %1$s) . ?pub a ob:Publication }
                  UNION { ?section text:query (ob:text %1$s) . ?section dct:isPartOf ?doc . ?pub dct:source ?doc ; a ob:Publication }
                }""".formatted(literal);
        try {
            return store.read(tx -> {
                Set<String> iris = new LinkedHashSet<>();
                try (var execution = tx.query(QueryFactory.create(query))) {
                    execution.execSelect().forEachRemaining(row -> iris.add(row.getResource("pub").getURI()));
                }
                return iris;
            });
        } catch (org.apache.jena.query.text.TextIndexParseException e) {
            throw nl.openbaar.api.problem.ProblemException.of("bad-parameter", "Bad parameter", 400, "'q' cannot be searched for: " + e.getMessage());
        }
    }

    private Model publicTriples() {
        String query = PREFIXES + """
                CONSTRUCT { ?s ?p ?o } WHERE {
                  GRAPH ?g { ?s ?p ?o }
                  FILTER (STRSTARTS(STR(?g), "%s") && ?p != ob:text)
                }""".formatted(iris.wooGraphPrefix());
        return store.read(tx -> {
            try (var execution = tx.query(QueryFactory.create(query))) {
                return execution.execConstruct();
            }
        });
    }

    private PublicEntry entry(Resource p) {
        String id = p.getURI().substring(p.getURI().lastIndexOf('/') + 1);
        List<PublicFile> files = new ArrayList<>();
        p.listProperties(OB.file).forEachRemaining(s -> files.add(file(s.getResource())));
        files.sort(Comparator.comparing(PublicFile::id));
        Resource status = p.getPropertyResourceValue(OB.publicationStatus);
        return new PublicEntry(id, p.getURI(), string(p, DCTerms.title), string(p, DCTerms.description), iris(p, OB.informationCategory),
                iri(p, DCTerms.publisher), iri(p, OB.responsibleOrganisation), string(p, DCTerms.created), iri(p, OB.documentKind),
                iri(p, DCTerms.language), iris(p, DCAT.theme), identifiers(p, id), string(p, DCTerms.issued), string(p, DCTerms.modified),
                string(p, OB.registeredOn), OB.Withdrawn.equals(status) ? "ingetrokken" : "gepubliceerd", iri(p, OB.withdrawalReason),
                string(p, OB.withdrawnOn), files);
    }

    private static PublicFile file(Resource f) {
        String iri = f.getURI();
        List<PublicFile.PublicVersion> history = new ArrayList<>();
        f.listProperties(DCTerms.hasVersion).forEachRemaining(s -> {
            Resource v = s.getResource();
            history.add(new PublicFile.PublicVersion(v.getProperty(OB.version).getInt(), string(v, OB.sha256), string(v, DCTerms.modified)));
        });
        history.sort(Comparator.comparingInt(PublicFile.PublicVersion::version));
        Literal size = f.hasProperty(DCAT.byteSize) ? f.getProperty(DCAT.byteSize).getLiteral() : null;
        String mediaType = iri(f, DCAT.mediaType);
        return new PublicFile(iri.substring(iri.lastIndexOf('/') + 1), string(f, OB.fileName), iri(f, DCTerms.format),
                mediaType == null ? null : mediaType.replace("https://www.iana.org/assignments/media-types/", ""),
                size == null ? null : size.getLong(), string(f, OB.sha256), iri(f, DCAT.downloadURL),
                f.hasProperty(OB.version) ? f.getProperty(OB.version).getInt() : 1, string(f, DCTerms.modified), history);
    }

    private static List<String> identifiers(Resource p, String id) {
        List<String> all = new ArrayList<>();
        p.listProperties(DCTerms.identifier).forEachRemaining(s -> all.add(s.getString()));
        all.remove(id);
        all.sort(String::compareTo);
        return all;
    }

    private static String string(Resource r, Property p) {
        RDFNode node = r.hasProperty(p) ? r.getProperty(p).getObject() : null;
        return node == null ? null : node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }

    private static String iri(Resource r, Property p) {
        Resource value = r.getPropertyResourceValue(p);
        return value == null ? null : value.getURI();
    }

    private static List<String> iris(Resource r, Property p) {
        List<String> values = new ArrayList<>();
        r.listProperties(p).forEachRemaining(s -> values.add(s.getResource().getURI()));
        values.sort(String::compareTo);
        return values;
    }
}
