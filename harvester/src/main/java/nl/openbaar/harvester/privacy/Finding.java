package nl.openbaar.harvester.privacy;

/**
 * One piece of personal data found in a document, as staff see it: never the value itself, only a masked form.
 *
 * @param kind     what was found
 * @param page     the page it is on (1-based), or null when the format has no pages or it is in the file metadata
 * @param location {@code tekst} or {@code metadata: <field>}
 * @param masked   the value with all but a few characters hidden
 * @param certain  false for a number that passes the BSN 11-proof without a word such as "BSN" nearby: it needs a
 *                 look, and may be resolved as a false positive; a certain BSN can only be resolved by redaction
 */
public record Finding(FindingKind kind, Integer page, String location, String masked, boolean certain) {

    /** True when only a redacted version can resolve this finding. */
    public boolean needsRedaction() {
        return kind == FindingKind.BSN && certain;
    }
}
