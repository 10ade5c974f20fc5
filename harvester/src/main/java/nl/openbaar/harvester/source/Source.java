package nl.openbaar.harvester.source;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import nl.openbaar.vocab.Municipality;

/**
 * One source to harvest: a file or URL and what the manifest says of it.
 *
 * @param id stable identifier, used in the IRIs of everything harvested from it
 * @param file the file, when the source is a file
 * @param url the URL, when the source is on the web
 */
public record Source(String id, Optional<Path> file, Optional<URI> url, Municipality municipality, int fiscalYear,
                     ReportKind kind, String programme, Optional<String> part, String title, Optional<LocalDate> published) {

    public String location() {
        return file.map(Path::toString).orElseGet(() -> url.map(URI::toString).orElse("?"));
    }

    public String fileName() {
        return file.map(f -> f.getFileName().toString())
                .orElseGet(() -> url.map(u -> Path.of(u.getPath().isEmpty() ? "/" : u.getPath()).getFileName())
                        .map(p -> p == null ? "" : p.toString()).orElse(""));
    }
}
