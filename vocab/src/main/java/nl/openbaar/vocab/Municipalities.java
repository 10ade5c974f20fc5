package nl.openbaar.vocab;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/** The official TOOI list of municipalities (register v5), loaded from the copy bundled with the vocabulary. */
public final class Municipalities {
    private static final String RESOURCE = "/nl/openbaar/vocab/lists/tooi_gemeenten.csv";
    /** The TOOI register the list comes from. */
    public static final String SCHEME = "https://identifier.overheid.nl/tooi/set/rwc_gemeenten_compleet/5";
    private static final Municipalities OFFICIAL = load();

    private final Map<String, Municipality> byCode;

    private Municipalities(Map<String, Municipality> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    public static Municipalities official() {
        return OFFICIAL;
    }

    /** Looks a municipality up by CBS code ({@code GM0402}, {@code gm0402} or {@code 0402}). */
    public Optional<Municipality> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String normalised = code.trim().toUpperCase(Locale.ROOT);
        if (normalised.matches("\\d{4}")) {
            normalised = "GM" + normalised;
        }
        return Optional.ofNullable(byCode.get(normalised));
    }

    /** Like {@link #byCode(String)}, but an unknown code is an error that names the code. */
    public Municipality require(String code) {
        return byCode(code).orElseThrow(() -> new IllegalArgumentException(
                "unknown municipality code '" + code + "': not in the TOOI list of municipalities (expected e.g. GM0402)"));
    }

    public int size() {
        return byCode.size();
    }

    /** The municipalities as a SKOS concept scheme: TOOI IRI, CBS code as skos:notation, name as skos:prefLabel. */
    public Model asSkos() {
        Model m = ModelFactory.createDefaultModel();
        Resource scheme = m.createResource(SCHEME).addProperty(RDF.type, SKOS.ConceptScheme)
                .addProperty(SKOS.prefLabel, "Gemeenten (TOOI)", "nl").addProperty(SKOS.prefLabel, "Municipalities (TOOI)", "en");
        for (Municipality gm : byCode.values()) {
            m.createResource(gm.iri())
                    .addProperty(RDF.type, SKOS.Concept)
                    .addProperty(SKOS.notation, gm.code())
                    .addProperty(SKOS.prefLabel, gm.name(), "nl")
                    .addProperty(SKOS.inScheme, scheme);
        }
        return m;
    }

    private static Municipalities load() {
        try (InputStream in = Municipalities.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            CsvMapper mapper = new CsvMapper();
            CsvSchema schema = CsvSchema.emptySchema().withHeader();
            Map<String, Municipality> byCode = new LinkedHashMap<>();
            try (MappingIterator<Map<String, String>> rows =
                         mapper.readerForMapOf(String.class).with(schema).readValues(in)) {
                while (rows.hasNext()) {
                    Map<String, String> row = rows.next();
                    String code = row.get("organisatiecode").toUpperCase(Locale.ROOT);
                    byCode.put(code, new Municipality(code, row.get("naam"), row.get("uri")));
                }
            }
            return new Municipalities(byCode);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
