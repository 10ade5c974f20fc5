package nl.openbaar.harvester.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.openbaar.harvester.Harvester;
import nl.openbaar.harvester.extract.ExtractWriter;
import nl.openbaar.harvester.extract.ExtractedRow;
import nl.openbaar.harvester.extract.PageProgramme;
import nl.openbaar.harvester.figures.ReportContext;
import nl.openbaar.harvester.figures.TableReading;
import nl.openbaar.harvester.rdf.ReportGraph;
import nl.openbaar.harvester.report.ParsedReport;
import nl.openbaar.harvester.report.ReportParser;
import nl.openbaar.harvester.source.Manifest;
import nl.openbaar.harvester.source.ReportKind;
import nl.openbaar.harvester.source.Source;
import nl.openbaar.harvester.text.ExtractedText;
import nl.openbaar.harvester.text.ExtractionException;
import nl.openbaar.harvester.text.ReportText;
import nl.openbaar.harvester.text.TextExtractor;
import nl.openbaar.vocab.Iris;
import nl.openbaar.vocab.Municipalities;
import nl.openbaar.vocab.Municipality;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code openbaar extract}: prints what a harvest of one report would store, without touching any store. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Reads one report and prints the budget figures and indicator values a harvest would store, without a store.",
                "Tables that could not be read are listed on stderr with the reason. Exit code 0 when the file was read, even partly."})
public final class ExtractCommand implements Callable<Integer> {
    /** What to print. */
    public enum Format { csv, ttl, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--municipality", required = true, description = "CBS code of the municipality, e.g. GM0402.")
    String municipality;

    @Option(names = "--year", required = true, description = "Fiscal year of the report.")
    int year;

    @Option(names = "--kind", required = true, description = "Report kind: jaarrekening, begroting or jaarverslag.")
    String kind;

    @Option(names = "--programme", description = "Programme the report is about (default: as the page names it).")
    String programme;

    @Option(names = "--format", defaultValue = "csv", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Parameters(paramLabel = "FILE", description = "The report file (text, HTML, PDF, Word).")
    Path file;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Municipality gm = Municipalities.official().require(municipality);
        ReportKind reportKind = ReportKind.parse(kind);
        byte[] bytes;
        ExtractedText text;
        try {
            bytes = Files.readAllBytes(file);
            text = new TextExtractor().extract(bytes, file.getFileName().toString());
        } catch (IOException | ExtractionException e) {
            err.println("error: cannot read " + file + ": " + e.getMessage());
            return 1;
        }
        String programmeName = Optional.ofNullable(programme).or(() -> PageProgramme.of(text.text()))
                .orElse(file.getFileName().toString());
        ReportContext context = new ReportContext(programmeName, Optional.empty(), Manifest.requireYear(year),
                reportKind == ReportKind.BEGROTING);
        ParsedReport report = new ReportParser().parse(ReportText.of(text.text()), context);
        switch (format) {
            case csv -> new ExtractWriter().csv(rows(report, gm), out);
            case json -> new ExtractWriter().json(rows(report, gm), out);
            case ttl -> out.print(turtle(report, gm, reportKind, programmeName, bytes, text.mediaType()));
        }
        out.flush();
        for (TableReading reading : report.tables()) {
            reading.figures().stream().map(f -> f.scale().evidence()).flatMap(Optional::stream).distinct()
                    .forEach(evidence -> err.println("scale inferred: " + reading.table().locator() + ": " + evidence));
            reading.unread().forEach(u -> err.println("unread: " + u + " [" + reading.table().locator() + "]"));
        }
        err.flush();
        return 0;
    }

    private static List<ExtractedRow> rows(ParsedReport report, Municipality gm) {
        List<ExtractedRow> rows = new ArrayList<>();
        report.figures().forEach(f -> rows.add(ExtractedRow.of(f, gm.code())));
        report.indicatorValues().forEach(v -> rows.add(ExtractedRow.of(v, gm.code())));
        return rows;
    }

    private String turtle(ParsedReport report, Municipality gm, ReportKind reportKind, String programmeName, byte[] bytes,
                          String mediaType) {
        String name = file.getFileName().toString();
        Source source = new Source(Iris.slug(name.replaceFirst("\\.[^.]+$", "")), Optional.of(file), Optional.empty(), gm, year,
                reportKind, programmeName, Optional.empty(), name, Optional.empty());
        Model model = new ReportGraph(new Iris(Iris.DEFAULT_BASE)).build(source, Harvester.sha256(bytes), mediaType, report);
        StringWriter turtle = new StringWriter();
        RDFDataMgr.write(turtle, model, Lang.TURTLE);
        return turtle.toString();
    }
}
