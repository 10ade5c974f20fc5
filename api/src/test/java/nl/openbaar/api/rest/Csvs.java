package nl.openbaar.api.rest;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Reads CSV answers the way a consumer would: with a CSV library (Jackson CSV), header row first. */
final class Csvs {
    private static final CsvMapper CSV = new CsvMapper();

    private Csvs() {
    }

    static List<Map<String, String>> parse(byte[] body, char separator) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(separator);
        try (MappingIterator<Map<String, String>> rows = CSV.readerForMapOf(String.class).with(schema).readValues(text)) {
            return rows.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header row's column names. */
    static List<String> header(byte[] body, char separator) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (MappingIterator<String[]> rows = CSV.readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY)
                .with(CsvSchema.emptySchema().withColumnSeparator(separator)).readValues(text)) {
            return new ArrayList<>(Arrays.asList(rows.next()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
