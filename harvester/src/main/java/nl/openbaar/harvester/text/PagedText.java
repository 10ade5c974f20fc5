package nl.openbaar.harvester.text;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The text of a paged document (PDF) from the XHTML Tika makes of it, in which every page is a
 * {@code <div class="page">} and every paragraph a {@code <p>}: one line per paragraph, with the lines the page layout
 * wrapped joined again (so a table row whose label wrapped in its cell is one row again), and the page of every line.
 */
public final class PagedText {
    private PagedText() {
    }

    public static ReportText of(String xhtml) {
        StringBuilder text = new StringBuilder();
        List<Integer> pageStarts = new ArrayList<>();
        for (Element page : Jsoup.parse(xhtml).select("div.page")) {
            pageStarts.add(text.length());
            for (Element paragraph : page.select("p")) {
                String line = unwrap(paragraph.wholeText());
                if (!line.isEmpty()) {
                    text.append(line).append('\n');
                }
            }
        }
        return ReportText.of(text.toString(), pageStarts);
    }

    /** The wrapped lines of a paragraph as one line; a word hyphenated at the line end ("NID-\nkaarten") stays whole. */
    private static String unwrap(String paragraph) {
        StringBuilder line = new StringBuilder();
        for (String part : paragraph.split("\\r?\\n|\\r")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (!line.isEmpty() && !(line.charAt(line.length() - 1) == '-' && Character.isLetter(p.charAt(0)))) {
                line.append(' ');
            }
            line.append(p);
        }
        return line.toString();
    }
}
