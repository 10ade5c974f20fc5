package nl.openbaar.harvester.document;

import java.util.List;
import java.util.Map;
import nl.openbaar.harvester.privacy.Finding;

/**
 * An upload that passed the checks: its format, the media type Tika detected, its text (per page where the format
 * has pages), the file metadata, and the personal data found in text and metadata.
 */
public record InspectedDocument(AcceptedFormat format, String detectedType, String title, String text, List<String> pages,
                                boolean paged, Map<String, List<String>> metadata, List<Finding> findings) {
}
