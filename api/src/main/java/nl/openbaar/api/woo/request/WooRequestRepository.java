package nl.openbaar.api.woo.request;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The private store of Woo requests: one JSON file per request under {@code <data>/woo/requests/}, written atomically
 * (a temporary file in the same directory, then a move), all held in memory as well. Never part of the triple store.
 */
public final class WooRequestRepository {
    public static final Pattern ID = Pattern.compile("\\d{4}-\\d{4,6}");

    private final Path directory;
    private final ObjectMapper json = nl.openbaar.api.staff.StaffJson.mapper();
    private final Map<String, WooRequestRecord> records = new ConcurrentHashMap<>();

    public WooRequestRepository(Path dataDirectory) {
        this.directory = dataDirectory.resolve("woo").resolve("requests");
        try {
            Files.createDirectories(directory);
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
                    WooRequestRecord r = json.readValue(file.toFile(), WooRequestRecord.class);
                    records.put(r.id(), r);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Woo requests in " + directory, e);
        }
    }

    public Optional<WooRequestRecord> find(String id) {
        return Optional.ofNullable(id).map(records::get);
    }

    /** All requests, newest receipt first (then highest id). */
    public List<WooRequestRecord> all() {
        List<WooRequestRecord> all = new ArrayList<>(records.values());
        all.sort(Comparator.comparing(WooRequestRecord::receivedOn).thenComparing(WooRequestRecord::id).reversed());
        return all;
    }

    /** The next free id in the year of receipt: {@code 2025-0001}, {@code 2025-0002}, ... */
    public String nextId(int year) {
        String prefix = year + "-";
        int max = records.keySet().stream().filter(id -> id.startsWith(prefix))
                .mapToInt(id -> Integer.parseInt(id.substring(prefix.length()))).max().orElse(0);
        return String.format("%d-%04d", year, max + 1);
    }

    /** Writes the record's file to a temporary name; {@link Staged#commit()} moves it into place. */
    public Staged stage(WooRequestRecord record) {
        if (!ID.matcher(record.id()).matches()) {
            throw new IllegalArgumentException("not a request id: " + record.id());
        }
        try {
            Path temp = Files.createTempFile(directory, record.id() + "-", ".tmp");
            json.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), record);
            return new Staged(record, temp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A written but not yet visible record. */
    public final class Staged {
        private final WooRequestRecord record;
        private final Path temp;

        private Staged(WooRequestRecord record, Path temp) {
            this.record = record;
            this.temp = temp;
        }

        public void commit() {
            Path target = directory.resolve(record.id() + ".json");
            try {
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            records.put(record.id(), record);
        }

        public void discard() {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
