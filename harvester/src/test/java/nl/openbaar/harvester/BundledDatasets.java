package nl.openbaar.harvester;

import java.nio.file.Path;
import java.util.List;
import nl.openbaar.harvester.source.Manifest;
import nl.openbaar.harvester.source.Source;

/** The datasets bundled with the project, as the tests find them from the harvester module. */
final class BundledDatasets {
    static final Path MANIFEST = Path.of("..", "datasets", "manifest.yaml").toAbsolutePath().normalize();

    private BundledDatasets() {
    }

    static List<Source> sources() {
        return Manifest.read(MANIFEST).sources();
    }

    static Source source(String file) {
        return sources().stream().filter(s -> s.file().orElseThrow().getFileName().toString().startsWith(file)).findFirst().orElseThrow();
    }
}
