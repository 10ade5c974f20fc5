package nl.openbaar.harvester;

import java.util.Optional;
import nl.openbaar.harvester.report.ParsedReport;
import nl.openbaar.harvester.source.Source;

/** What harvesting one source did. */
public record HarvestOutcome(Source source, Status status, Optional<ParsedReport> report, Optional<String> error, long triples) {
    public enum Status {
        /** read and stored: the source's graph now holds what was read */
        HARVESTED,
        /** the bytes are those already stored: nothing was done */
        UNCHANGED,
        /** the source could not be read: its graph is as it was */
        FAILED
    }

    static HarvestOutcome failed(Source source, String error) {
        return new HarvestOutcome(source, Status.FAILED, Optional.empty(), Optional.of(error), 0);
    }
}
