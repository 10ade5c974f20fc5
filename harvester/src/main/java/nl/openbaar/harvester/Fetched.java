package nl.openbaar.harvester;

import java.util.Optional;

/**
 * What fetching a source gave: its bytes and the validators of the response, or nothing when the server said the
 * source has not changed since it was harvested (HTTP 304).
 */
public record Fetched(Optional<byte[]> bytes, Validators validators) {
    public static Fetched of(byte[] bytes, Validators validators) {
        return new Fetched(Optional.of(bytes), validators);
    }

    public static Fetched notModified(Validators validators) {
        return new Fetched(Optional.empty(), validators);
    }

    public boolean isNotModified() {
        return bytes.isEmpty();
    }
}
