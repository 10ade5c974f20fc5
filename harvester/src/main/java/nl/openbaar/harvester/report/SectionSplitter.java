package nl.openbaar.harvester.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.openbaar.harvester.text.TextLine;

/**
 * Splits the narrative of a report (the lines outside tables) into sections. A heading is a short line that does not
 * end a sentence and is not a list item; of headings that follow each other, the last names the section.
 */
public final class SectionSplitter {
    private static final int MAX_HEADING_LENGTH = 90;
    private static final Pattern BULLET = Pattern.compile("^\\s*([•●▪◦·*-]|\\d+[.)]\\s).*");
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.;:,!?|)]$");
    /** Labelled statements such as "Doel gehaald: Nee" are text, not headings. */
    private static final Pattern STATEMENT = Pattern.compile("(?i)^(doel gehaald|toelichting|bron|norm)\\s*:.*");

    public List<Section> split(List<TextLine> lines, Set<Integer> tableLines) {
        List<Section> sections = new ArrayList<>();
        String title = "";
        int titleLine = lines.isEmpty() ? 1 : lines.get(0).number();
        StringBuilder text = new StringBuilder();
        for (TextLine line : lines) {
            if (line.isBlank() || tableLines.contains(line.number())) {
                continue;
            }
            String t = line.text().strip();
            if (t.matches("[•●▪◦·*|\\-]+")) {
                continue;
            }
            if (isHeading(t)) {
                if (!text.isEmpty()) {
                    sections.add(new Section(sections.size() + 1, title, text.toString().strip(), titleLine));
                    text.setLength(0);
                }
                title = t;
                titleLine = line.number();
            } else {
                text.append(t).append('\n');
            }
        }
        if (!text.isEmpty()) {
            sections.add(new Section(sections.size() + 1, title, text.toString().strip(), titleLine));
        }
        return sections;
    }

    private static boolean isHeading(String text) {
        return text.length() <= MAX_HEADING_LENGTH && text.matches("^[\\p{Lu}\\d].*") && !ENDS_SENTENCE.matcher(text).matches()
                && !BULLET.matcher(text).matches() && !STATEMENT.matcher(text).matches() && text.matches(".*\\p{L}.*");
    }
}
