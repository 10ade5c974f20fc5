package nl.openbaar.api.woo.request.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** CSVW metadata (W3C "Metadata Vocabulary for Tabular Data") describing one CSV list of the API. */
public final class CsvwMetadata {
    /** One column: its name (the CSV header), CSVW datatype and a description in Dutch. */
    public record Column(String name, String datatype, String description) {
    }

    private CsvwMetadata() {
    }

    public static Map<String, Object> of(String csvUrl, String title, List<Column> columns) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("@context", List.of("http://www.w3.org/ns/csvw", Map.of("@language", "nl")));
        metadata.put("url", csvUrl);
        metadata.put("dc:title", title);
        metadata.put("dialect", Map.of("header", true, "encoding", "utf-8"));
        List<Map<String, Object>> cols = new ArrayList<>();
        for (Column c : columns) {
            Map<String, Object> col = new LinkedHashMap<>();
            col.put("name", c.name());
            col.put("titles", c.name());
            col.put("datatype", c.datatype());
            col.put("dc:description", c.description());
            cols.add(col);
        }
        metadata.put("tableSchema", Map.of("columns", cols));
        return metadata;
    }

    public static List<String> names(List<Column> columns) {
        return columns.stream().map(Column::name).toList();
    }
}
