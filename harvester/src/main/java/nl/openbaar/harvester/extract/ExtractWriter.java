package nl.openbaar.harvester.extract;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes extracted rows as CSV (with a header) or as a JSON array. */
public final class ExtractWriter {
    // the target is the command's output stream, which stays open
    private final CsvMapper csv = (CsvMapper) new CsvMapper().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    public void csv(List<ExtractedRow> rows, Writer out) throws IOException {
        CsvSchema schema = csv.schemaFor(ExtractedRow.class).withHeader();
        csv.writer(schema).writeValue(out, rows);
    }

    public void json(List<ExtractedRow> rows, Writer out) throws IOException {
        json.writeValue(out, rows);
    }
}
