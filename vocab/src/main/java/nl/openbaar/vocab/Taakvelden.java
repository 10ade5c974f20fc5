package nl.openbaar.vocab;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/** The Iv3 taakvelden of municipalities, loaded from the bundled list, as SKOS and as lookup by code or name. */
public final class Taakvelden {
    public static final String NS = "https://w3id.org/openbaar/def/iv3/taakveld/";
    public static final String SCHEME = OB.NS + "TaakveldScheme";
    private static final String RESOURCE = "/nl/openbaar/vocab/lists/iv3-taakvelden-gemeenten-2025.csv";
    /** A code at the start ("0.2 Burgerzaken", "0-2_ Burgerzaken") or in parentheses ("Burgerzaken (0.2)"). */
    private static final Pattern CODE = Pattern.compile("^\\s*(\\d{1,2})[.\\-](\\d{1,3})(?!\\d)|\\((\\d{1,2})\\.(\\d{1,3})\\)");
    private static final Taakvelden OFFICIAL = load();

    private final List<Taakveld> all;

    private Taakvelden(List<Taakveld> all) {
        this.all = List.copyOf(all);
    }

    public static Taakvelden official() {
        return OFFICIAL;
    }

    public List<Taakveld> all() {
        return all;
    }

    public Optional<Taakveld> byCode(String code) {
        return all.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /**
     * The taakveld a printed budget line names: by its code ("0.2 Burgerzaken", "Burgerzaken (0.2)") when the name
     * beside the code agrees, or by its exact name ("Burgerzaken").
     */
    public Optional<Taakveld> named(String label) {
        Matcher code = CODE.matcher(label);
        if (code.find()) {
            String found = code.group(1) != null ? code.group(1) + "." + code.group(2) : code.group(3) + "." + code.group(4);
            String rest = normalise(label.substring(0, code.start()) + " " + label.substring(code.end()));
            return byCode(found).filter(t -> rest.isEmpty() || rest.contains(normalise(t.name())) || normalise(t.name()).contains(rest));
        }
        String name = normalise(label);
        return all.stream().filter(t -> normalise(t.name()).equals(name)).findFirst();
    }

    /** The taakvelden as a SKOS concept scheme. */
    public Model asSkos() {
        Model m = ModelFactory.createDefaultModel();
        Resource scheme = m.createResource(SCHEME).addProperty(RDF.type, SKOS.ConceptScheme);
        for (Taakveld t : all) {
            m.createResource(t.iri())
                    .addProperty(RDF.type, SKOS.Concept)
                    .addProperty(SKOS.notation, t.code())
                    .addProperty(SKOS.prefLabel, t.name(), "nl")
                    .addProperty(SKOS.inScheme, scheme);
        }
        return m;
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static Taakvelden load() {
        try (InputStream in = Taakvelden.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            List<Taakveld> all = new ArrayList<>();
            try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                    .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
                while (rows.hasNext()) {
                    Map<String, String> row = rows.next();
                    all.add(new Taakveld(row.get("code"), row.get("naam"), NS + row.get("code")));
                }
            }
            return new Taakvelden(all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
