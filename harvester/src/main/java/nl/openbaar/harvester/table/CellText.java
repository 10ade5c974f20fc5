package nl.openbaar.harvester.table;

import java.util.regex.Pattern;

/** Recognises what a printed cell looks like, independent of what it means. */
public final class CellText {
    /** A number as printed in Dutch reports: 1.387, -1.148, 4.977-, - 251, (1.234), 8,5, 69%, € 654, 6:30, 7,2 (*). */
    private static final String NUMBER = "(?:[-−–]\\s?)?(?:€\\s?)?(?:\\(\\s*)?\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?\\)?[-−]?%?"
            + "|(?:[-−–]\\s?)?(?:€\\s?)?(?:\\(\\s*)?\\d+(?:[.,]\\d+)?\\)?[-−]?%?"
            + "|\\d{1,2}:\\d{2}";
    private static final String FOOTNOTE = "(?:\\s*\\(\\*+\\)|\\s*\\*+\\)?|\\s*\\(\\d\\))?";
    private static final Pattern VALUE = Pattern.compile(
            "(?i)(?:(?:maximaal|minimaal|max\\.?|min\\.?|ten minste|hooguit|<|>|≤|≥)\\s*)?(?:" + NUMBER + ")"
                    + "(?:\\s*(?:%|min\\.?|minuten|dagen|weken|uur|fte|euro))?" + FOOTNOTE);
    private static final Pattern NIL = Pattern.compile("[-−–]|n\\.?v\\.?t\\.?|n\\.?b\\.?|nvt|p\\.m\\.");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
    private static final Pattern NUMBER_TOKEN = Pattern.compile("(?:" + NUMBER + ")" + FOOTNOTE + "|[-−–]");

    private CellText() {
    }

    /** A cell that holds a value (a number, percentage, duration, bounded target) or a nil mark. */
    public static boolean isValue(String text) {
        String t = text.strip();
        return !t.isEmpty() && (VALUE.matcher(t).matches() || NIL.matcher(t).matches());
    }

    public static boolean isNil(String text) {
        return NIL.matcher(text.strip()).matches();
    }

    public static boolean isYear(String text) {
        return YEAR.matcher(text.strip()).matches();
    }

    /** The regular expression for one value token in a row printed on one line. */
    public static Pattern numberToken() {
        return NUMBER_TOKEN;
    }
}
