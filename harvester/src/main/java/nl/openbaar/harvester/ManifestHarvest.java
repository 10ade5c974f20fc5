package nl.openbaar.harvester;

import java.util.ArrayList;
import java.util.List;
import nl.openbaar.harvester.catalog.Catalog;
import nl.openbaar.harvester.source.Source;

/**
 * Harvests a list of sources one after the other, reporting progress and a summary; then rebuilds and validates the
 * catalog, and reports its violations.
 */
public final class ManifestHarvest {
    private final Harvester harvester;
    private final Catalog catalog;
    private final HarvestReport report;

    public ManifestHarvest(Harvester harvester, Catalog catalog, HarvestReport report) {
        this.harvester = harvester;
        this.catalog = catalog;
        this.report = report;
    }

    public List<HarvestOutcome> harvestAll(List<Source> sources) {
        List<HarvestOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            HarvestOutcome outcome = harvester.harvest(sources.get(i));
            outcomes.add(outcome);
            report.progress(i + 1, sources.size(), outcome);
        }
        report.summary(outcomes);
        report.catalog(catalog.refresh());
        return outcomes;
    }
}
