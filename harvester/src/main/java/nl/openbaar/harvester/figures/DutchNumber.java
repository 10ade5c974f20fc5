package nl.openbaar.harvester.figures;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a number as Dutch reports print it: {@code 1.387} (thousands), {@code 8,5} (decimal comma), {@code -1.148},
 * {@code 4.977-} (trailing minus), {@code - 251} (spaced minus), {@code (1.234)} (negative), a lone {@code -} (nil).
 * Currency signs, percent signs and footnote markers such as {@code (*)} are ignored. Anything else is not a number.
 */
public final class DutchNumber {
    private static final Pattern FOOTNOTE = Pattern.compile("\\s*(\\(\\*+\\)|\\*+\\)?|\\(\\d\\))$");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+(,\\d+)?");
    private static final Pattern DECIMAL_POINT = Pattern.compile("\\d+\\.\\d{1,2}|\\d+\\.\\d{4,}");
    private static final Pattern NIL = Pattern.compile("[-−–]");
    private static final Pattern MINUS = Pattern.compile("^[-−–]|[-−–]$");

    private DutchNumber() {
    }

    public static Optional<BigDecimal> parse(String printed) {
        String t = FOOTNOTE.matcher(printed.strip()).replaceAll("").replace("€", "").replace("%", "").replaceAll("\\s+", "");
        if (NIL.matcher(t).matches()) {
            return Optional.of(BigDecimal.ZERO);
        }
        boolean negative = false;
        if (t.startsWith("(") && t.endsWith(")")) {
            negative = true;
            t = t.substring(1, t.length() - 1);
        }
        Matcher minus = MINUS.matcher(t);
        if (minus.find()) {
            negative = !negative;
            t = minus.replaceFirst("");
            if (MINUS.matcher(t).find()) {
                return Optional.empty();
            }
        }
        String plain;
        if (THOUSANDS.matcher(t).matches()) {
            plain = t.replace(".", "").replace(',', '.');
        } else if (DECIMAL_COMMA.matcher(t).matches()) {
            plain = t.replace(',', '.');
        } else if (DECIMAL_POINT.matcher(t).matches()) {
            plain = t;
        } else {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(plain);
        return Optional.of(negative ? value.negate() : value);
    }
}
