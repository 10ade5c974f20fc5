package nl.openbaar.harvester.report;

/** A narrative part of a document: a heading and the text under it. */
public record Section(int position, String title, String text, int firstLine) {
}
