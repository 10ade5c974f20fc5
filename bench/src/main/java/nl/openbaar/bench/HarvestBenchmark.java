package nl.openbaar.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.openbaar.harvester.ReportReader;
import nl.openbaar.harvester.rdf.ReportGraph;
import nl.openbaar.harvester.report.ParsedReport;
import nl.openbaar.harvester.report.ReportParser;
import nl.openbaar.harvester.source.Manifest;
import nl.openbaar.harvester.source.Source;
import nl.openbaar.harvester.table.HtmlTableReader;
import nl.openbaar.harvester.text.ExtractedText;
import nl.openbaar.harvester.text.TextExtractor;
import nl.openbaar.store.TdbStore;
import nl.openbaar.vocab.Iris;
import org.apache.jena.rdf.model.Model;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Harvest speed over the five seed reports in one format, against Tika-only extraction of the same files. One
 * operation reads all five; the {@code pages} counter reports pages per second, a page being a page of the report's
 * PDF rendering (the same count for every format, so formats compare on the same work).
 *
 * <p>Harvest is the harvester's own steps from bytes in memory: Tika extraction, reading tables, figures and sections,
 * mapping to RDF, and replacing the source's named graph in an embedded TDB2 store. Tika-only is one
 * AutoDetectParser pass to plain text, what any Tika-based reader pays at least.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HarvestBenchmark {
    private static final String[] SEEDS = {"000_c7747ba76b6f5d34", "001_0417af579b3d961c", "002_6108e823dee11cb3",
            "003_811cda36fe58a868", "004_b1e1bcdbb5565e5f"};

    @Param({"txt", "html", "docx", "pdf"})
    public String format;

    private record Document(Source source, String fileName, byte[] bytes) {
    }

    private final List<Document> documents = new ArrayList<>();
    private int pages;
    private final TextExtractor extractor = new TextExtractor();
    private final ReportReader reader = new ReportReader(new ReportParser(), new HtmlTableReader());
    private final Iris iris = new Iris(Iris.DEFAULT_BASE);
    private final ReportGraph graph = new ReportGraph(iris);
    private final AutoDetectParser tika = new AutoDetectParser();
    private Path storeDirectory;
    private TdbStore store;

    /** Pages read, reported by JMH per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Pages {
        public long pages;
    }

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path root = Path.of(System.getProperty("openbaar.root", ".")).toAbsolutePath().normalize();
        Path formats = root.resolve("harvester/src/test/resources/formats");
        List<Source> sources = Manifest.read(root.resolve("datasets/manifest.yaml")).sources();
        for (String seed : SEEDS) {
            Source source = sources.stream().filter(s -> s.file().orElseThrow().getFileName().toString().startsWith(seed))
                    .findFirst().orElseThrow();
            Path file = format.equals("txt") ? source.file().orElseThrow() : formats.resolve(seed + "." + format);
            documents.add(new Document(source, file.getFileName().toString(), Files.readAllBytes(file)));
            pages += pageCount(Files.readAllBytes(formats.resolve(seed + ".pdf")));
        }
        storeDirectory = Files.createTempDirectory("openbaar-bench");
        store = TdbStore.open(storeDirectory.resolve("tdb2"));
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        store.close();
        try (Stream<Path> files = Files.walk(storeDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public long harvest(Pages counter) {
        long triples = 0;
        for (Document d : documents) {
            ExtractedText text = extractor.extract(d.bytes(), d.fileName());
            ParsedReport report = reader.read(d.bytes(), text, d.source());
            Model model = graph.build(d.source(), sha256(d.bytes()), text.mediaType(), report);
            store.replaceGraph(iris.graph(d.source().id()), model);
            triples += model.size();
        }
        counter.pages += pages;
        return triples;
    }

    @Benchmark
    public long tikaOnly(Pages counter) throws Exception {
        long characters = 0;
        for (Document d : documents) {
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, d.fileName());
            BodyContentHandler text = new BodyContentHandler(-1);
            try (InputStream in = new ByteArrayInputStream(d.bytes())) {
                tika.parse(in, text, metadata, new ParseContext());
            }
            characters += text.toString().length();
        }
        counter.pages += pages;
        return characters;
    }

    private int pageCount(byte[] pdf) {
        Metadata metadata = new Metadata();
        try (InputStream in = new ByteArrayInputStream(pdf)) {
            tika.parse(in, new BodyContentHandler(-1), metadata, new ParseContext());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return Integer.parseInt(metadata.get("xmpTPg:NPages"));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
