package nl.openbaar.harvester.source;

import java.util.List;

/** A manifest that cannot be used, with every problem found in it. */
public final class ManifestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ManifestException(String file, List<String> problems) {
        super("manifest " + file + " cannot be used:\n  - " + String.join("\n  - ", problems));
    }
}
