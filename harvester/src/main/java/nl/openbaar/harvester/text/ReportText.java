package nl.openbaar.harvester.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Report text ready for parsing: encoding repaired, navigation boilerplate removed, split in numbered lines.
 *
 * <p>Report sites repeat each heading in a "Terug naar navigatie - HEADING" link, and the flattening often glues the
 * next paragraph or table to it ("Terug naar navigatie - ToelichtingDoel gehaald: Nee"). The link and the repeated
 * heading are dropped; what was glued after them is kept as a line of its own.
 */
public final class ReportText {
    private static final String LINE_BREAK = "\\r?\\n|\\r";
    private static final Pattern NAVIGATION = Pattern.compile("^\\s*Terug naar navigatie\\s*-\\s*(.*)$");

    private final List<TextLine> lines;

    private ReportText(List<TextLine> lines) {
        this.lines = List.copyOf(lines);
    }

    public static ReportText of(String extracted) {
        return of(extracted, List.of());
    }

    /** The text of a paged document; {@code pageStarts} are the offsets in {@code extracted} where pages 1, 2, ... start. */
    public static ReportText of(String extracted, List<Integer> pageStarts) {
        String repaired = new EncodingRepair().repair(extracted);
        String[] raw = repaired.split(LINE_BREAK, -1);
        int[] pages = pagesOfLines(extracted, pageStarts);
        List<TextLine> lines = new ArrayList<>();
        String previousHeading = "";
        for (int i = 0; i < raw.length; i++) {
            String text = stripTrailing(raw[i]);
            Matcher navigation = NAVIGATION.matcher(text);
            if (navigation.matches()) {
                String rest = navigation.group(1);
                Optional<String> glued = afterHeading(rest, previousHeading);
                rest = glued.orElse("");
                if (rest.isBlank()) {
                    continue;
                }
                text = rest;
            }
            lines.add(new TextLine(i + 1, text, pages.length == raw.length && pages[i] > 0 ? OptionalInt.of(pages[i]) : OptionalInt.empty()));
            if (!text.isBlank()) {
                previousHeading = text.trim();
            }
        }
        return new ReportText(lines);
    }

    /** The page (1-based) each line of {@code text} starts on; an empty array when the text has no pages. */
    private static int[] pagesOfLines(String text, List<Integer> pageStarts) {
        if (pageStarts.isEmpty()) {
            return new int[0];
        }
        String[] raw = text.split(LINE_BREAK, -1);
        int[] pages = new int[raw.length];
        Matcher breaks = Pattern.compile(LINE_BREAK).matcher(text);
        int offset = 0;
        int page = 0;
        for (int i = 0; i < raw.length; i++) {
            while (page < pageStarts.size() && pageStarts.get(page) <= offset) {
                page++;
            }
            pages[i] = page;
            if (breaks.find()) {
                offset = breaks.end();
            }
        }
        return pages;
    }

    /** The rest of a navigation line after its repeated heading; empty when the rest is only the heading. */
    private static Optional<String> afterHeading(String rest, String heading) {
        if (!heading.isEmpty() && rest.startsWith(heading)) {
            return Optional.of(rest.substring(heading.length()));
        }
        // the link names a heading we did not see as the line before: drop the link text only when it is short
        return rest.length() <= 120 ? Optional.empty() : Optional.of(rest);
    }

    private static String stripTrailing(String line) {
        return line.stripTrailing();
    }

    public List<TextLine> lines() {
        return lines;
    }

    /** The non-blank lines. */
    public List<TextLine> contentLines() {
        return lines.stream().filter(line -> !line.isBlank()).toList();
    }
}
