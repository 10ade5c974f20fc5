package nl.openbaar.harvester.source;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.openbaar.vocab.Iris;
import nl.openbaar.vocab.Municipalities;
import nl.openbaar.vocab.Municipality;

/**
 * A manifest: the list of sources to harvest, in YAML (format documented in {@code datasets/manifest.yaml} and the
 * README). Files are relative to the manifest. Every problem is reported at once, before anything is harvested.
 */
public final class Manifest {
    private record Document(@JsonProperty("sources") List<ManifestEntry> sources) {
    }

    private final List<Source> sources;

    private Manifest(List<Source> sources) {
        this.sources = List.copyOf(sources);
    }

    public List<Source> sources() {
        return sources;
    }

    public static boolean looksLikeManifest(Path file) {
        String name = file.getFileName().toString().toLowerCase();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    public static Manifest read(Path file) {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        Document document;
        try {
            document = mapper.readValue(Files.readAllBytes(file), Document.class);
        } catch (IOException e) {
            throw new ManifestException(file.toString(), List.of(e.getMessage().lines().findFirst().orElse(e.toString())));
        }
        if (document == null || document.sources() == null || document.sources().isEmpty()) {
            throw new ManifestException(file.toString(), List.of("it lists no sources (expected a 'sources:' list)"));
        }
        Path base = file.toAbsolutePath().getParent();
        List<String> problems = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < document.sources().size(); i++) {
            ManifestEntry entry = document.sources().get(i);
            String where = "source " + (i + 1) + (entry.id() == null ? "" : " (" + entry.id() + ")") + ": ";
            try {
                Source source = toSource(entry, base);
                if (!ids.add(source.id())) {
                    problems.add(where + "the id is used twice");
                }
                sources.add(source);
            } catch (IllegalArgumentException e) {
                problems.add(where + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new ManifestException(file.toString(), problems);
        }
        return new Manifest(sources);
    }

    private static Source toSource(ManifestEntry e, Path base) {
        Iris.requireSourceId(e.id());
        if ((e.file() == null) == (e.url() == null)) {
            throw new IllegalArgumentException("give exactly one of 'file' and 'url'");
        }
        Optional<Path> file = Optional.ofNullable(e.file()).map(base::resolve);
        Optional<URI> url = Optional.ofNullable(e.url()).map(URI::create);
        if (url.isPresent() && !List.of("http", "https").contains(String.valueOf(url.get().getScheme()))) {
            throw new IllegalArgumentException("'url' must be an http(s) URL: " + e.url());
        }
        Municipality municipality = Municipalities.official().require(e.municipality());
        return new Source(e.id(), file, url, municipality, requireYear(e.fiscalYear()), ReportKind.parse(e.kind()),
                require(e.programme(), "programme"), Optional.ofNullable(e.part()).filter(p -> !p.isBlank()),
                require(e.title(), "title"), Optional.ofNullable(e.published()).map(Manifest::date));
    }

    public static int requireYear(Integer year) {
        if (year == null || year < 1900 || year > 2100) {
            throw new IllegalArgumentException("'fiscalYear' must be a year such as 2022, not " + year);
        }
        return year;
    }

    private static String require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("'" + field + "' is missing");
        }
        return value.strip();
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException ex) {
            throw new IllegalArgumentException("'published' must be a date such as 2023-06-30, not " + text);
        }
    }
}
