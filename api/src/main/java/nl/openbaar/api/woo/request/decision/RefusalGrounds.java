package nl.openbaar.api.woo.request.decision;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The refusal grounds of the Woo, from {@code woo-weigeringsgronden.csv} (transcribed from the law; see SOURCES.md
 * there). Codes are normalised on input: "5.1.2.e", "5.1.2 E", "art. 5.1.2e" and "5.1.2e" are the same ground.
 */
public final class RefusalGrounds {
    private static final String RESOURCE = "/nl/openbaar/api/woo/request/woo-weigeringsgronden.csv";
    private static final Pattern CODE = Pattern.compile("(?:art(?:ikel)?\\.?\\s*)?(5\\.[12](?:\\.[125])?)[.\\s]*([a-i])?");

    private final Map<String, RefusalGround> byCode;

    private RefusalGrounds(Map<String, RefusalGround> byCode) {
        this.byCode = byCode;
    }

    public static RefusalGrounds bundled() {
        Map<String, RefusalGround> grounds = new LinkedHashMap<>();
        try (InputStream in = RefusalGrounds.class.getResourceAsStream(RESOURCE);
                MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                        .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                grounds.put(row.get("code"), new RefusalGround(row.get("code"), row.get("article"), row.get("kind"),
                        row.get("labelNl"), row.get("labelEn")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RefusalGrounds(grounds);
    }

    public List<RefusalGround> all() {
        return List.copyOf(byCode.values());
    }

    /** The ground a text names, after normalisation, or empty when it names none. */
    public Optional<RefusalGround> named(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = CODE.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(byCode.get(m.group(1) + (m.group(2) == null ? "" : m.group(2))));
    }
}
