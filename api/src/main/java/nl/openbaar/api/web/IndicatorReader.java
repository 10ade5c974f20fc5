package nl.openbaar.api.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.openbaar.vocab.Municipality;
import nl.openbaar.vocab.OB;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;

/** The KPIs of a municipality with every year reported, newest report first when two reports give the same year. */
final class IndicatorReader {
    private static final String VALUES = """
            SELECT ?indicator ?label ?unit ?year ?kind ?value ?bound ?met ?explanation ?printed ?locator ?doc ?docTitle ?docYear WHERE {
              ?v a ob:IndicatorValue ; ob:municipality/skos:notation ?code ; ob:indicator ?indicator ; ob:year ?year ;
                 ob:valueKind ?kind ; ob:value ?value ; ob:printedValue ?printed ; ob:sourceLocator ?locator ;
                 prov:wasDerivedFrom ?doc .
              ?doc dct:title ?docTitle .
              OPTIONAL { ?doc ob:fiscalYear ?docYear }
              OPTIONAL { ?indicator rdfs:label ?label }
              OPTIONAL { ?indicator ob:unit ?unit }
              OPTIONAL { ?v ob:bound ?bound }
              OPTIONAL { ?v ob:targetMet ?met }
              OPTIONAL { ?v ob:explanation ?explanation }
            }""";

    /** The QUDT units the harvester assigns, as a Dutch reader names them. */
    private static final Map<String, String> UNITS = Map.of(
            "http://qudt.org/vocab/unit/PERCENT", "procent", "http://qudt.org/vocab/unit/NUM", "aantal",
            "http://qudt.org/vocab/unit/MIN", "minuten", "http://qudt.org/vocab/unit/EUR", "euro");

    private final StoreQueries queries;
    private final DocumentIds documents;
    private final SectionReader sections;

    IndicatorReader(StoreQueries queries, DocumentIds documents, SectionReader sections) {
        this.queries = queries;
        this.documents = documents;
        this.sections = sections;
    }

    static ParameterizedSparqlString query(Municipality municipality) {
        ParameterizedSparqlString query = StoreQueries.query(VALUES + " ORDER BY ?label ?year DESC(?docYear) ?kind");
        query.setLiteral("code", municipality.code());
        return query;
    }

    /** The indicators with a value for {@code year}, each with all its years. */
    List<IndicatorTrend> trends(Municipality municipality, String year) {
        SectionIndex index = sections.index(municipality);
        Map<String, Builder> indicators = new LinkedHashMap<>();
        queries.each(query(municipality), row -> indicators
                .computeIfAbsent(StoreQueries.text(row, "indicator"), i -> new Builder(row))
                .add(row, index.link(documents.id(StoreQueries.text(row, "doc")), StoreQueries.text(row, "docTitle"),
                        StoreQueries.text(row, "locator"))));
        List<IndicatorTrend> trends = new ArrayList<>();
        indicators.values().stream()
                .filter(b -> b.years.containsKey(year))
                .sorted(Comparator.comparing(b -> b.label, String.CASE_INSENSITIVE_ORDER))
                .forEach(b -> trends.add(b.build("kpi-" + (trends.size() + 1))));
        return trends;
    }

    private static final class Builder {
        final String label;
        final String unit;
        final Map<String, YearBuilder> years = new TreeMap<>();

        Builder(QuerySolution first) {
            String label = StoreQueries.text(first, "label");
            this.label = label == null ? StoreQueries.text(first, "indicator") : label;
            String unit = StoreQueries.text(first, "unit");
            this.unit = unit == null ? null : UNITS.get(unit);
        }

        void add(QuerySolution row, SourceLink source) {
            YearBuilder y = years.computeIfAbsent(StoreQueries.text(row, "year"), YearBuilder::new);
            String bound = StoreQueries.text(row, "bound");
            IndicatorTrend.Value value = new IndicatorTrend.Value(new BigDecimal(StoreQueries.text(row, "value")),
                    (OB.NS + "AtMost").equals(bound) ? "maximaal " : (OB.NS + "AtLeast").equals(bound) ? "minimaal " : "",
                    StoreQueries.text(row, "printed"));
            boolean target = (OB.NS + "Target").equals(StoreQueries.text(row, "kind"));
            // the newest report comes first (ORDER BY): an older report's figure for the same year does not replace it
            if (target && y.target == null) {
                y.target = value;
                y.targetSource = source;
            } else if (!target && y.realised == null) {
                y.realised = value;
                y.realisedSource = source;
            }
            if (row.contains("met") && y.met == null) {
                y.met = row.getLiteral("met").getBoolean();
            }
            if (row.contains("explanation") && y.explanation == null) {
                y.explanation = StoreQueries.text(row, "explanation");
            }
        }

        IndicatorTrend build(String id) {
            int decimals = years.values().stream()
                    .flatMap(y -> java.util.stream.Stream.of(y.target, y.realised))
                    .filter(java.util.Objects::nonNull).mapToInt(v -> Dutch.decimalsOf(v.value())).max().orElse(0);
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
