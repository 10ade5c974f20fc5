package nl.openbaar.api.woo.publication;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.openbaar.api.staff.AtomicFiles;
import nl.openbaar.api.staff.StaffJson;
import nl.openbaar.vocab.Iris;

/** The register's private records, one JSON file per publication under {@code <data>/woo/publications/}, written atomically. */
public final class DraftRepository {
    private final Path directory;
    private final ObjectMapper json = StaffJson.mapper().enable(SerializationFeature.INDENT_OUTPUT);

    public DraftRepository(Path wooDirectory) {
        this.directory = wooDirectory.resolve("publications");
    }

    public Optional<Draft> find(String id) {
        try {
            Iris.requireSourceId(id);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Path file = directory.resolve(id + ".json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(file.toFile(), Draft.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public void save(Draft draft) {
        try {
            AtomicFiles.write(directory.resolve(draft.id + ".json"), json.writeValueAsBytes(draft));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write publication " + draft.id, e);
        }
    }

    public List<Draft> all() {
        List<Draft> drafts = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return drafts;
        }
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().forEach(f -> {
                String name = f.getFileName().toString();
                find(name.substring(0, name.length() - 5)).ifPresent(drafts::add);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return drafts;
    }
}
