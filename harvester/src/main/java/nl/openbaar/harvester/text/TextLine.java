package nl.openbaar.harvester.text;

/** One line of cleaned report text, with its line number (1-based) in the extracted text. */
public record TextLine(int number, String text) {
    public boolean isBlank() {
        return text.isBlank();
    }
}
