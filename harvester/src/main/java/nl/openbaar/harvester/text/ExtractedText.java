package nl.openbaar.harvester.text;

/** What Tika read from a file: its text, detected media type and the title where the file names one. */
public record ExtractedText(String text, String mediaType, String title) {
}
