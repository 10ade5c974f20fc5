package nl.openbaar.api.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.openbaar.api.rest.model.CsvwColumn;
import nl.openbaar.api.rest.model.CsvwColumnDatatype;
import nl.openbaar.api.rest.model.CsvwColumnDatatypeFormat;
import nl.openbaar.api.rest.model.CsvwTable;
import nl.openbaar.api.rest.model.CsvwTableDialect;
import nl.openbaar.api.rest.model.CsvwTableTableSchema;

/**
 * A list's items as CSV (Jackson CSV: RFC 4180 quoting, header row) and its CSVW metadata. The columns are the JSON
 * properties of the item model, in the same order and with the same names, so the CSV says what the JSON says; a list
 * property becomes one cell with its values separated by a space (CSVW {@code separator}).
 */
public final class CsvFormat<T> {
    public static final String CSVW_CONTEXT = "http://www.w3.org/ns/csvw";
    public static final String ARRAY_SEPARATOR = " ";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final CsvMapper CSV = new CsvMapper();

    private final List<Column> columns;

    private record Column(String name, String datatype, boolean list) {
    }

    public CsvFormat(Class<T> itemType) {
        JavaType type = ApiJson.MAPPER.constructType(itemType);
        List<Column> found = new ArrayList<>();
        for (BeanPropertyDefinition property : ApiJson.MAPPER.getSerializationConfig().introspect(type).findProperties()) {
            if (!property.couldSerialize()) {
                continue;
            }
            JavaType propertyType = property.getPrimaryType();
            boolean list = propertyType.isCollectionLikeType();
            found.add(new Column(property.getName(), datatype(list ? propertyType.getContentType().getRawClass()
                    : propertyType.getRawClass()), list));
        }
        this.columns = List.copyOf(found);
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    public byte[] write(List<T> items, Dialect dialect) {
        CsvSchema.Builder builder = CsvSchema.builder().setUseHeader(true).setColumnSeparator(dialect.delimiter())
                .setLineSeparator("\r\n").setArrayElementSeparator(ARRAY_SEPARATOR);
        columns.forEach(c -> builder.addColumn(c.name()));
        List<Map<String, String>> rows = new ArrayList<>(items.size());
        for (T item : items) {
            Map<String, Object> json = ApiJson.MAPPER.convertValue(item, ApiJson.MAPPER.getTypeFactory()
                    .constructMapType(LinkedHashMap.class, String.class, Object.class));
            Map<String, String> row = new LinkedHashMap<>();
            for (Column column : columns) {
                row.put(column.name(), cell(json.get(column.name()), column, dialect));
            }
            rows.add(row);
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (dialect.byteOrderMark()) {
                out.write(BOM);
            }
            out.write(CSV.writer(builder.build()).writeValueAsString(rows).getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write CSV", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CSVW metadata of the CSV at {@code url} (relative to the metadata's own URL). */
    public CsvwTable metadata(String url, String title, Dialect dialect) {
        List<CsvwColumn> described = new ArrayList<>();
        for (Column column : columns) {
            CsvwColumnDatatype datatype = new CsvwColumnDatatype().base(column.datatype());
            if (column.datatype().equals("decimal")) {
                datatype.format(new CsvwColumnDatatypeFormat().decimalChar(String.valueOf(dialect.decimalChar())));
            }
            CsvwColumn c = new CsvwColumn().name(column.name()).titles(column.name()).datatype(datatype);
            if (column.list()) {
                c.separator(ARRAY_SEPARATOR);
            }
            described.add(c);
        }
        return new CsvwTable().atContext(CSVW_CONTEXT).url(url).dcTitle(title)
                .dialect(new CsvwTableDialect().delimiter(String.valueOf(dialect.delimiter())).encoding("utf-8").header(true))
                .tableSchema(new CsvwTableTableSchema().aboutUrl("{+iri}").columns(described));
    }

    private static String cell(Object value, Column column, Dialect dialect) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            list.forEach(v -> parts.add(cell(v, new Column(column.name(), column.datatype(), false), dialect)));
            return String.join(ARRAY_SEPARATOR, parts);
        }
        if (value instanceof BigDecimal || value instanceof Double || value instanceof Float) {
            String plain = new BigDecimal(value.toString()).toPlainString();
            return dialect.decimalChar() == '.' ? plain : plain.replace('.', dialect.decimalChar());
        }
        return value.toString();
    }

    private static String datatype(Class<?> type) {
        if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
            return "integer";
        }
        if (type == BigDecimal.class || type == Double.class) {
            return "decimal";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type == URI.class) {
            return "anyURI";
        }
        if (type == LocalDate.class) {
            return "date";
        }
        return "string";
    }
}
