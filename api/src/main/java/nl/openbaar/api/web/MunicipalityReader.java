package nl.openbaar.api.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.openbaar.vocab.Municipality;
import org.apache.jena.query.ParameterizedSparqlString;

/** The municipalities Openbaar holds reports of, with the years those reports are about. */
final class MunicipalityReader {
    private static final String WITH_DATA = """
            SELECT ?code ?name ?doc ?year WHERE {
              ?doc a ob:SourceDocument ; dct:publisher ?m ; ob:fiscalYear ?year .
              ?m skos:notation ?code .
              OPTIONAL { ?m skos:prefLabel ?name }
            }""";
    private static final String YEARS = """
            SELECT DISTINCT ?year WHERE {
              ?m skos:notation ?code .
              { ?doc dct:publisher ?m ; ob:fiscalYear ?year } UNION { ?f ob:municipality ?m ; ob:fiscalYear ?year }
              UNION { ?v ob:municipality ?m ; ob:year ?year }
            }""";

    private final StoreQueries queries;

    MunicipalityReader(StoreQueries queries) {
        this.queries = queries;
    }

    /** Every municipality with at least one report, by name. */
    List<MunicipalitySummary> withReports() {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, TreeSet<String>> years = new LinkedHashMap<>();
        Map<String, TreeSet<String>> documents = new LinkedHashMap<>();
        queries.each(StoreQueries.query(WITH_DATA), row -> {
            String code = StoreQueries.text(row, "code");
            String name = StoreQueries.text(row, "name");
            names.merge(code, name == null ? code : name, (a, b) -> a);
            years.computeIfAbsent(code, c -> new TreeSet<>()).add(StoreQueries.text(row, "year"));
            documents.computeIfAbsent(code, c -> new TreeSet<>()).add(StoreQueries.text(row, "doc"));
        });
        List<MunicipalitySummary> entries = new ArrayList<>();
        names.forEach((code, name) -> entries.add(new MunicipalitySummary(code, name, List.copyOf(years.get(code)), documents.get(code).size())));
        entries.sort(java.util.Comparator.comparing(MunicipalitySummary::name, String.CASE_INSENSITIVE_ORDER));
        return entries;
    }

    /** The years any figure or report of the municipality is about, ascending. */
    List<String> years(Municipality municipality) {
        ParameterizedSparqlString query = StoreQueries.query(YEARS);
        query.setLiteral("code", municipality.code());
        return List.copyOf(new TreeSet<>(queries.select(query, row -> StoreQueries.text(row, "year"))));
    }
}
