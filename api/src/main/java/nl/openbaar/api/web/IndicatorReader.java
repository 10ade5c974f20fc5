package nl.openbaar.api.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.openbaar.api.rest.Paging;
import nl.openbaar.api.rest.SortOrder;
import nl.openbaar.api.rest.indicator.IndicatorValueFilter;
import nl.openbaar.api.rest.indicator.IndicatorValueQuery;
import nl.openbaar.api.rest.model.Bound;
import nl.openbaar.api.rest.model.IndicatorValue;
import nl.openbaar.api.rest.model.ValueKind;
import nl.openbaar.vocab.Municipality;

/**
 * The KPIs of a municipality with every year reported, read through the API's {@link IndicatorValueQuery} (so the page
 * shows what /api/v1/indicator-values answers). When two reports give the same year, the newer report wins.
 */
final class IndicatorReader {
    /** Enough for every value of one municipality; the API's own maximum page. */
    static final Paging ALL = Paging.first(Paging.MAX_PAGE_SIZE);
    /** The QUDT units the harvester assigns, as a Dutch reader names them. */
    private static final Map<String, String> UNITS = Map.of(
            "http://qudt.org/vocab/unit/PERCENT", "procent", "http://qudt.org/vocab/unit/NUM", "aantal",
            "http://qudt.org/vocab/unit/MIN", "minuten", "http://qudt.org/vocab/unit/EUR", "euro");

    private final IndicatorValueQuery values;
    private final DocumentReader documents;
    private final SectionReader sections;

    IndicatorReader(IndicatorValueQuery values, DocumentReader documents, SectionReader sections) {
        this.values = values;
        this.documents = documents;
        this.sections = sections;
    }

    static IndicatorValueFilter filter(Municipality municipality) {
        return new IndicatorValueFilter(municipality, null, null, null, null, null);
    }

    /** The SPARQL behind the page's KPIs, exactly as it runs. */
    String query(Municipality municipality) {
        return values.pageQuery(filter(municipality), sort(), ALL);
    }

    private static SortOrder sort() {
        return IndicatorValueQuery.sort(null);
    }

    /** The indicators with a value for {@code year}, each with all its years. */
    List<IndicatorTrend> trends(Municipality municipality, String year) {
        SectionIndex index = sections.index(municipality);
        Map<String, DocumentSummary> reports = new LinkedHashMap<>();
        documents.of(municipality).forEach(d -> reports.put(d.id(), d));
        Map<String, Builder> indicators = new LinkedHashMap<>();
        values.find(filter(municipality), sort(), ALL).items().stream()
                // the newest report first: an older report's figure for the same year does not replace it
                .sorted(Comparator.comparing((IndicatorValue v) -> reportYear(reports, v)).reversed())
                .forEach(v -> {
                    DocumentSummary report = reports.get(v.getDocumentId());
                    indicators.computeIfAbsent(v.getIndicator(), i -> new Builder(v)).add(v,
                            index.link(v.getDocumentId(), report == null ? v.getDocumentId() : report.title(), v.getLocator()));
                });
        List<IndicatorTrend> trends = new ArrayList<>();
        indicators.values().stream()
                .filter(b -> b.years.containsKey(year))
                .sorted(Comparator.comparing(b -> b.label, String.CASE_INSENSITIVE_ORDER))
                .forEach(b -> trends.add(b.build("kpi-" + (trends.size() + 1))));
        return trends;
    }

    private static String reportYear(Map<String, DocumentSummary> reports, IndicatorValue value) {
        DocumentSummary report = reports.get(value.getDocumentId());
        return report == null || report.year() == null ? "" : report.year();
    }

    private static final class Builder {
        final String label;
        final String unit;
        final Map<String, YearBuilder> years = new TreeMap<>();

        Builder(IndicatorValue first) {
            this.label = first.getIndicatorLabel() == null ? first.getIndicator() : first.getIndicatorLabel();
            this.unit = first.getUnit() == null ? null : UNITS.get(first.getUnit().toString());
        }

        void add(IndicatorValue v, SourceLink source) {
            YearBuilder y = years.computeIfAbsent(String.valueOf(v.getYear()), YearBuilder::new);
            IndicatorTrend.Value value = new IndicatorTrend.Value(v.getValue(),
                    v.getBound() == Bound.AT_MOST ? "maximaal " : v.getBound() == Bound.AT_LEAST ? "minimaal " : "", v.getPrintedValue());
            if (v.getValueKind() == ValueKind.TARGET && y.target == null) {
                y.target = value;
                y.targetSource = source;
            } else if (v.getValueKind() == ValueKind.REALISED && y.realised == null) {
                y.realised = value;
                y.realisedSource = source;
            }
            if (v.getTargetMet() != null && y.met == null) {
                y.met = v.getTargetMet();
            }
            if (v.getExplanation() != null && y.explanation == null) {
                y.explanation = v.getExplanation();
            }
        }

        IndicatorTrend build(String id) {
            int decimals = years.values().stream().flatMap(y -> Stream.of(y.target, y.realised))
                    .filter(Objects::nonNull).mapToInt(v -> Dutch.decimalsOf(v.value())).max().orElse(0);
            List<IndicatorTrend.Year> built = years.values().stream()
                    .map(y -> new IndicatorTrend.Year(y.year, y.target, y.realised, y.met, y.explanation,
                            y.realisedSource != null ? y.realisedSource : y.targetSource))
                    .toList();
            return new IndicatorTrend(id, label, unit, decimals, built);
        }
    }

    private static final class YearBuilder {
        final String year;
        IndicatorTrend.Value target;
        IndicatorTrend.Value realised;
        SourceLink targetSource;
        SourceLink realisedSource;
        Boolean met;
        String explanation;

        YearBuilder(String year) {
            this.year = year;
        }
    }
}
