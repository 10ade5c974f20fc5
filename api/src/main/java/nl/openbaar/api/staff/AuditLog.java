package nl.openbaar.api.staff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The append-only record of every staff write, one JSON object per line in {@code <data>/staff/audit.jsonl}: who
 * (token id, name, role), what (action and subject), when, and the state before and after. Lines are only ever added.
 */
public final class AuditLog {
    private final Path file;
    private final Clock clock;
    private final ObjectMapper json = StaffJson.mapper();

    public AuditLog(Path file) {
        this(file, Clock.systemUTC());
    }

    public AuditLog(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /** Appends one entry; {@code before} is null for a creation, {@code after} null for a removal. */
    public synchronized void record(StaffMember who, String action, String subject, Object before, Object after) {
        ObjectNode entry = json.createObjectNode();
        entry.put("at", clock.instant().toString());
        ObjectNode actor = entry.putObject("who");
        actor.put("id", who.id());
        actor.put("name", who.name());
        actor.put("role", who.role().label());
        entry.put("action", action);
        entry.put("subject", subject);
        entry.set("before", json.valueToTree(before));
        entry.set("after", json.valueToTree(after));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] line = (json.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                ByteBuffer buffer = ByteBuffer.wrap(line);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the audit log " + file, e);
        }
    }

    /** Every entry, oldest first. */
    public synchronized List<JsonNode> entries() {
        List<JsonNode> entries = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return entries;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    entries.add(json.readTree(line));
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit log " + file, e);
        }
    }
}
