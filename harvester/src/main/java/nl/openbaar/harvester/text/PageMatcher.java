package nl.openbaar.harvester.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the page of each line of a document read by its structure (a tagged PDF) in the same document read by its
 * layout, which knows the pages: lines are matched in order on their letters and digits only, since the two readings
 * break and punctuate them differently ("Realisatie | 2.731" against "Realisatie 2.731"). A line not found has no page.
 */
public final class PageMatcher {
    /** Letters and digits of a line that identify it; shorter lines ("8") are too common to place. */
    private static final int KEY_LENGTH = 24;
    private static final int MIN_KEY_LENGTH = 4;

    private PageMatcher() {
    }

    /** Line number (in {@code structure}) to page, for the lines found in {@code paged}. */
    public static Map<Integer, Integer> pages(ReportText structure, ReportText paged) {
        StringBuilder layout = new StringBuilder();
        int[] pageAt = pageIndex(paged.lines(), layout);
        Map<Integer, Integer> pages = new HashMap<>();
        int cursor = 0;
        for (TextLine line : structure.lines()) {
            String key = letterAndDigits(line.text());
            if (key.length() < MIN_KEY_LENGTH) {
                continue;
            }
            key = key.substring(0, Math.min(KEY_LENGTH, key.length()));
            int found = layout.indexOf(key, cursor);
            if (found >= 0 && pageAt[found] > 0) {
                pages.put(line.number(), pageAt[found]);
                cursor = found + key.length();
            }
        }
        return pages;
    }

    /** Writes the letters and digits of the paged lines to {@code layout}; returns the page of each character. */
    private static int[] pageIndex(List<TextLine> lines, StringBuilder layout) {
        StringBuilder pages = new StringBuilder();
        for (TextLine line : lines) {
            String key = letterAndDigits(line.text());
            layout.append(key);
            char page = (char) line.page().orElse(0);
            pages.append(String.valueOf(page).repeat(key.length()));
        }
        int[] pageAt = new int[pages.length()];
        for (int i = 0; i < pageAt.length; i++) {
            pageAt[i] = pages.charAt(i);
        }
        return pageAt;
    }

    private static String letterAndDigits(String text) {
        StringBuilder key = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString();
    }
}
