package nl.openbaar.harvester.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.openbaar.harvester.HarvestOutcome;
import nl.openbaar.harvester.catalog.Catalog;
import nl.openbaar.harvester.catalog.CatalogValidator;
import nl.openbaar.harvester.HarvestReport;
import nl.openbaar.harvester.Harvester;
import nl.openbaar.harvester.ManifestHarvest;
import nl.openbaar.harvester.source.Manifest;
import nl.openbaar.harvester.source.ReportKind;
import nl.openbaar.harvester.source.Source;
import nl.openbaar.store.TdbStore;
import nl.openbaar.vocab.Iris;
import nl.openbaar.vocab.Municipalities;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code openbaar harvest}: harvests a manifest, or report files described by options, into the store. */
@Command(name = "harvest", mixinStandardHelpOptions = true,
        description = {"Harvests sources into the store and prints, per source, what it read and what it could not read, and why.",
                "Give a manifest (.yaml), or one or more report files with --municipality, --year, --kind and --programme."})
public final class HarvestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--municipality", description = "CBS code of the files' municipality, e.g. GM0402.")
    String municipality;

    @Option(names = "--year", description = "Fiscal year of the files.")
    Integer year;

    @Option(names = "--kind", description = "Report kind: jaarrekening, begroting or jaarverslag.")
    String kind;

    @Option(names = "--programme", description = "Programme the files are about.")
    String programme;

    @Option(names = "--part", description = "Part of the programme the files cover (e.g. Burgerzaken), if any.")
    String part;

    @Parameters(paramLabel = "MANIFEST | FILE", arity = "1..*", description = "A manifest (.yaml) or report files.")
    List<Path> inputs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Source> sources = sources();
        try (TdbStore store = storeOptions.openStore()) {
            Harvester harvester = new Harvester(store, storeOptions.iris());
            Catalog catalog = new Catalog(store, storeOptions.iris(), new CatalogValidator());
            List<HarvestOutcome> outcomes = new ManifestHarvest(harvester, catalog, new HarvestReport(out)).harvestAll(sources);
            return outcomes.stream().anyMatch(o -> o.status() == HarvestOutcome.Status.FAILED) ? 1 : 0;
        }
    }

    private List<Source> sources() {
        if (inputs.size() == 1 && Manifest.looksLikeManifest(inputs.get(0))) {
            return Manifest.read(inputs.get(0)).sources();
        }
        if (municipality == null || year == null || kind == null || programme == null) {
            throw new ParameterException(spec.commandLine(),
                    "report files need --municipality, --year, --kind and --programme (or give a manifest .yaml instead)");
        }
        List<Source> sources = new ArrayList<>();
        for (Path file : inputs) {
            String name = file.getFileName().toString();
            String id = Iris.slug(name.replaceFirst("\\.[^.]+$", ""));
            sources.add(new Source(id, Optional.of(file), Optional.empty(), Municipalities.official().require(municipality),
                    Manifest.requireYear(year), ReportKind.parse(kind), programme, Optional.ofNullable(part), name, Optional.empty()));
        }
        return sources;
    }
}
