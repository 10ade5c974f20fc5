package nl.openbaar.harvester;

import java.io.PrintWriter;
import java.util.List;
import nl.openbaar.harvester.catalog.CatalogCheck;
import nl.openbaar.harvester.figures.CrossCheck;
import nl.openbaar.harvester.figures.Scale;
import nl.openbaar.harvester.figures.TableReading;
import nl.openbaar.harvester.figures.Unread;
import nl.openbaar.harvester.report.ParsedReport;

/** Writes, per source, what was read and what could not be read and why; and a summary of a whole harvest. */
public final class HarvestReport {
    private final PrintWriter out;

    public HarvestReport(PrintWriter out) {
        this.out = out;
    }

    public void progress(int index, int total, HarvestOutcome outcome) {
        out.printf("[%d/%d] %s (%s %s %d, %s)%n", index, total, outcome.source().id(), outcome.source().municipality().name(),
                outcome.source().kind().label(), outcome.source().fiscalYear(), outcome.source().location());
        switch (outcome.status()) {
            case UNCHANGED -> out.println("  unchanged since the last harvest: nothing to do");
            case FAILED -> out.println("  FAILED: " + outcome.error().orElse("?") + "\n  the stored data of this source is unchanged");
            case HARVESTED -> describe(outcome.report().orElseThrow(), outcome.triples());
        }
        out.flush();
    }

    private void describe(ParsedReport report, long triples) {
        out.printf("  read: %d budget figures, %d indicator values, %d sections, %d tables (%d triples stored)%n",
                report.figures().size(), report.indicatorValues().size(), report.sections().size(), report.tables().size(), triples);
        if (report.tables().isEmpty()) {
            out.println("  no tables found: the document is stored as sections only, with no figures");
        }
        for (TableReading table : report.tables()) {
            out.printf("  table %d (%s, %s)%s: %s%n", table.table().number(), kind(table), table.table().layout().name().toLowerCase().replace('_', ' '),
                    table.table().caption().isEmpty() ? "" : " '" + table.table().caption() + "'", counts(table));
            table.figures().stream().map(f -> f.scale()).filter(Scale::inferred).distinct()
                    .forEach(scale -> out.println("    scale inferred: " + (scale.multiplier().compareTo(java.math.BigDecimal.ONE) == 0
                            ? "euros" : "x" + scale.multiplier().toPlainString()) + ", because " + scale.evidence().orElse("")));
            long texts = table.values().stream().filter(v -> v.value().isEmpty()).count();
            if (texts > 0) {
                out.printf("    %d values printed as text or as no data: kept as printed by extract, not stored as numbers%n", texts);
            }
        }
        List<Unread> unread = report.unread();
        if (!unread.isEmpty()) {
            out.println("  not read (not published):");
            unread.forEach(u -> out.println("    - " + u));
        }
        List<CrossCheck> checks = report.checks();
        long failed = checks.stream().filter(c -> !c.passed()).count();
        if (!checks.isEmpty()) {
            out.printf("  cross-checks: %d passed, %d failed%n", checks.size() - failed, failed);
            checks.stream().filter(c -> !c.passed()).forEach(c -> out.println("    FAILED table " + c.table() + ": " + c.description()));
        }
    }

    private static String kind(TableReading table) {
        return switch (table.kind()) {
            case BUDGET -> "budget";
            case INDICATORS -> "indicators";
            case NONE -> "not a data table";
        };
    }

    private static String counts(TableReading table) {
        if (table.isWhollyUnread()) {
            return "NOT READ";
        }
        return table.kind() == TableReading.Kind.BUDGET ? table.figures().size() + " figures" : table.values().size() + " values";
    }

    public void catalog(CatalogCheck check) {
        out.printf("catalog: %d DCAT-AP(-NL) violations, %d Data Cube integrity violations%n",
                check.dcatViolations().size(), check.cubeViolations().size());
        check.dcatViolations().forEach(v -> out.println("  DCAT VIOLATION " + v));
        check.cubeViolations().forEach(v -> out.println("  DATA CUBE VIOLATION " + v));
        out.flush();
    }

    public void summary(List<HarvestOutcome> outcomes) {
        long harvested = outcomes.stream().filter(o -> o.status() == HarvestOutcome.Status.HARVESTED).count();
        long unchanged = outcomes.stream().filter(o -> o.status() == HarvestOutcome.Status.UNCHANGED).count();
        long failed = outcomes.stream().filter(o -> o.status() == HarvestOutcome.Status.FAILED).count();
        int figures = outcomes.stream().flatMap(o -> o.report().stream()).mapToInt(r -> r.figures().size()).sum();
        int values = outcomes.stream().flatMap(o -> o.report().stream()).mapToInt(r -> r.indicatorValues().size()).sum();
        int unread = outcomes.stream().flatMap(o -> o.report().stream()).mapToInt(r -> r.unread().size()).sum();
        out.printf("summary: %d sources: %d harvested, %d unchanged, %d failed; %d budget figures, %d indicator values, %d items not read%n",
                outcomes.size(), harvested, unchanged, failed, figures, values, unread);
        out.flush();
    }
}
