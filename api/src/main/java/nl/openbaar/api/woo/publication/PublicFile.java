package nl.openbaar.api.woo.publication;

import java.util.List;

/**
 * A file of a public publication as the register shows it: the version served now, where to download it, and the
 * earlier public versions it replaced.
 */
public record PublicFile(String id, String fileName, String format, String mediaType, Long size, String sha256, String downloadUrl,
                         int version, String modified, List<PublicVersion> history) {

    /** An earlier public version of a file: number, digest and when it was replaced. */
    public record PublicVersion(int version, String sha256, String replacedOn) {
    }
}
