package nl.openbaar.harvester.text;

import java.util.OptionalInt;

/**
 * One line of cleaned report text, with its line number (1-based) in the extracted text and, for paged formats (PDF),
 * the page it was printed on (1-based).
 */
public record TextLine(int number, String text, OptionalInt page) {
    public TextLine(int number, String text) {
        this(number, text, OptionalInt.empty());
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}
