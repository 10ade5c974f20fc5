package nl.openbaar.harvester;

import java.util.Optional;

/** The HTTP validators of a harvested response (ETag, Last-Modified), as the server sent them; sent back to ask "changed?". */
public record Validators(Optional<String> etag, Optional<String> lastModified) {
    public static final Validators NONE = new Validators(Optional.empty(), Optional.empty());

    public boolean isEmpty() {
        return etag.isEmpty() && lastModified.isEmpty();
    }
}
