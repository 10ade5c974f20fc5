package nl.openbaar.api.staff;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Staff bearer tokens in {@code <data>/staff/tokens.json}. Only the SHA-256 of a token is kept; a presented token is
 * hashed and compared with every stored hash in constant time, so neither the file nor the timing gives a token away.
 * The file is re-read when it changes, so a token created on the command line works on a running server.
 */
public final class TokenStore {
    static final String PREFIX = "obs_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One stored token: never the secret, only its hash. */
    record Entry(String id, String name, Role role, String sha256, String created) {
    }

    private final Path file;
    private List<Entry> entries = List.of();
    private FileTime loadedVersion;

    public TokenStore(Path staffDirectory) {
        this.file = staffDirectory.resolve("tokens.json");
    }

    /** Creates a token for a new staff member; the returned secret is shown once and cannot be recovered. */
    public synchronized IssuedToken create(Role role, String name) {
        byte[] secretBytes = new byte[32];
        RANDOM.nextBytes(secretBytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
        byte[] idBytes = new byte[6];
        RANDOM.nextBytes(idBytes);
        Entry entry = new Entry("staff-" + HexFormat.of().formatHex(idBytes), name, role,
                HexFormat.of().formatHex(sha256(secret)), Instant.now().toString());
        List<Entry> updated = new ArrayList<>(load());
        updated.add(entry);
        write(updated);
        return new IssuedToken(secret, member(entry));
    }

    /** The staff member a presented token signs in, if any. */
    public Optional<StaffMember> find(String presented) {
        if (presented == null || presented.isEmpty()) {
            return Optional.empty();
        }
        byte[] hash = sha256(presented);
        Entry match = null;
        for (Entry entry : load()) {
            // compare with every entry, without stopping early, so the time taken says nothing about the token
            if (MessageDigest.isEqual(hash, HexFormat.of().parseHex(entry.sha256())) && match == null) {
                match = entry;
            }
        }
        return Optional.ofNullable(match).map(TokenStore::member);
    }

    /** True when no token has been created yet. */
    public boolean isEmpty() {
        return load().isEmpty();
    }

    private static StaffMember member(Entry entry) {
        return new StaffMember(entry.id(), entry.name(), entry.role());
    }

    private synchronized List<Entry> load() {
        try {
            if (!Files.isRegularFile(file)) {
                entries = List.of();
                loadedVersion = null;
                return entries;
            }
            FileTime version = Files.getLastModifiedTime(file);
            if (!version.equals(loadedVersion)) {
                entries = List.copyOf(JSON.readValue(file.toFile(), new TypeReference<List<Entry>>() { }));
                loadedVersion = version;
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the staff tokens in " + file, e);
        }
    }

    private void write(List<Entry> updated) {
        try {
            AtomicFiles.write(file, JSON.writeValueAsBytes(updated));
            entries = List.copyOf(updated);
            loadedVersion = Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the staff tokens in " + file, e);
        }
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
