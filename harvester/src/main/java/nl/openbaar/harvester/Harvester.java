package nl.openbaar.harvester;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import nl.openbaar.harvester.rdf.ReportGraph;
import nl.openbaar.harvester.report.ParsedReport;
import nl.openbaar.harvester.report.ReportParser;
import nl.openbaar.harvester.source.Source;
import nl.openbaar.harvester.table.HtmlTableReader;
import nl.openbaar.harvester.text.ExtractedText;
import nl.openbaar.harvester.text.ExtractionException;
import nl.openbaar.harvester.text.TextExtractor;
import nl.openbaar.store.Store;
import nl.openbaar.vocab.Iris;
import nl.openbaar.vocab.OB;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;

/**
 * Harvests sources into the store: fetch, extract (Tika), parse, map to RDF, and replace the source's named graph in
 * one transaction. The same bytes again change nothing; a source that cannot be read leaves its graph as it was.
 */
public final class Harvester {
    private final Store store;
    private final Iris iris;
    private final SourceFetcher fetcher;
    private final TextExtractor extractor;
    private final ReportReader reader;
    private final ReportGraph graph;

    public Harvester(Store store, Iris iris) {
        this(store, iris, new SourceFetcher(), new TextExtractor(), new ReportParser());
    }

    public Harvester(Store store, Iris iris, SourceFetcher fetcher, TextExtractor extractor, ReportParser parser) {
        this.store = store;
        this.iris = iris;
        this.fetcher = fetcher;
        this.extractor = extractor;
        this.reader = new ReportReader(parser, new HtmlTableReader());
        this.graph = new ReportGraph(iris);
    }

    public HarvestOutcome harvest(Source source) {
        String graphIri = iris.graph(source.id());
        Fetched fetched;
        try {
            fetched = fetcher.fetch(source, source.url().isPresent() ? storedValidators(graphIri) : Validators.NONE);
        } catch (IOException e) {
            return HarvestOutcome.failed(source, "cannot fetch " + source.location() + ": " + e.getMessage());
        }
        if (fetched.isNotModified()) {
            return unchanged(source);
        }
        byte[] bytes = fetched.bytes().orElseThrow();
        String sha256 = sha256(bytes);
        if (storedSha256(graphIri).filter(sha256::equals).isPresent()) {
            return unchanged(source);
        }
        try {
            ExtractedText text = extractor.extract(bytes, source.fileName());
            ParsedReport report = reader.read(bytes, text, source);
            Model model = graph.build(source, sha256, text.mediaType(), report);
            Resource document = model.getResource(iris.document(source.id()));
            fetched.validators().etag().ifPresent(etag -> document.addProperty(OB.etag, etag));
            fetched.validators().lastModified().ifPresent(date -> document.addProperty(OB.lastModified, date));
            store.replaceGraph(graphIri, model);
            return new HarvestOutcome(source, HarvestOutcome.Status.HARVESTED, Optional.of(report), Optional.empty(), model.size());
        } catch (ExtractionException e) {
            return HarvestOutcome.failed(source, e.getMessage());
        } catch (RuntimeException e) {
            return HarvestOutcome.failed(source, "unexpected error while harvesting " + source.location() + ": " + e);
        }
    }

    private static HarvestOutcome unchanged(Source source) {
        return new HarvestOutcome(source, HarvestOutcome.Status.UNCHANGED, Optional.empty(), Optional.empty(), 0);
    }

    /** The validators of the response the source's graph was harvested from, if any. */
    private Validators storedValidators(String graphIri) {
        Query query = QueryFactory.create("SELECT ?etag ?modified WHERE { GRAPH <" + graphIri + "> { ?d <" + OB.sha256.getURI() + "> ?sha "
                + "OPTIONAL { ?d <" + OB.etag.getURI() + "> ?etag } OPTIONAL { ?d <" + OB.lastModified.getURI() + "> ?modified } } } LIMIT 1");
        return store.read(tx -> {
            try (QueryExecution execution = tx.query(query)) {
                ResultSet results = execution.execSelect();
                if (!results.hasNext()) {
                    return Validators.NONE;
                }
                QuerySolution row = results.next();
                return new Validators(Optional.ofNullable(row.getLiteral("etag")).map(Literal::getString),
                        Optional.ofNullable(row.getLiteral("modified")).map(Literal::getString));
            }
        });
    }

    /** The digest of the bytes the source's graph was harvested from, if it has been harvested. */
    private Optional<String> storedSha256(String graphIri) {
        Query query = QueryFactory.create("SELECT ?sha WHERE { GRAPH <" + graphIri + "> { ?d <" + OB.sha256.getURI() + "> ?sha } } LIMIT 1");
        return store.read(tx -> {
            try (QueryExecution execution = tx.query(query)) {
                ResultSet results = execution.execSelect();
                return results.hasNext() ? Optional.of(results.next().getLiteral("sha").getString()) : Optional.<String>empty();
            }
        });
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
