package nl.openbaar.harvester.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An indicator cell read as a value in the indicator's unit: {@code 8,5} is 8.5, {@code 69%} is 69 percent,
 * {@code 6:30} is 6.5 minutes, {@code Maximaal 5 min} is at most 5 minutes, {@code € 654} is 654 euros.
 *
 * @param value the value, empty when the cell says there is no value ({@code -}, {@code n.v.t.})
 */
public record IndicatorReading(Optional<BigDecimal> value, Optional<Bound> bound, Optional<Unit> unit) {
    private static final Pattern BOUND = Pattern.compile("^(maximaal|max\\.|hooguit|minimaal|min\\.|ten minste|minstens|<=|>=|≤|≥|<|>)\\s*");
    private static final Pattern DURATION = Pattern.compile("^(\\d{1,3}):([0-5]\\d)$");
    private static final Pattern UNIT_SUFFIX = Pattern.compile("\\s*(%|min\\.?|minuten|uur|dagen|dag|euro)$");
    private static final Pattern NO_VALUE = Pattern.compile("^([-−–]|n\\.?v\\.?t\\.?|nvt|n\\.?b\\.?|geen (meting|gegevens)|\\?)$");
    private static final Pattern FOOTNOTE = Pattern.compile("\\s*(\\(\\*+\\)|\\*+\\)?|\\(\\d\\))$");

    public static final IndicatorReading NONE = new IndicatorReading(Optional.empty(), Optional.empty(), Optional.empty());

    /** Reads a cell; empty when the cell is neither a value nor a "no value" mark, i.e. cannot be read. */
    public static Optional<IndicatorReading> read(String printed) {
        String t = FOOTNOTE.matcher(printed.strip()).replaceAll("").toLowerCase(Locale.ROOT).strip();
        if (t.isEmpty() || NO_VALUE.matcher(t).matches()) {
            return Optional.of(NONE);
        }
        Optional<Bound> bound = Optional.empty();
        Matcher b = BOUND.matcher(t);
        if (b.find()) {
            String word = b.group(1);
            bound = Optional.of(word.startsWith("max") || word.equals("hooguit") || word.startsWith("<") || word.equals("≤")
                    ? Bound.AtMost : Bound.AtLeast);
            t = t.substring(b.end());
        }
        Optional<Unit> unit = Optional.empty();
        if (t.startsWith("€")) {
            unit = Optional.of(Unit.EURO);
            t = t.substring(1).strip();
        }
        Matcher suffix = UNIT_SUFFIX.matcher(t);
        if (suffix.find()) {
            unit = Optional.of(switch (suffix.group(1)) {
                case "%" -> Unit.PERCENT;
                case "uur" -> Unit.HOUR;
                case "dagen", "dag" -> Unit.DAY;
                case "euro" -> Unit.EURO;
                default -> Unit.MINUTE;
            });
            t = t.substring(0, suffix.start()).strip();
        }
        Matcher duration = DURATION.matcher(t);
        if (duration.matches()) {
            // m:ss, or h:mm when the unit printed is hours ("1:30 uur"): the value is in the larger unit
            Unit larger = unit.filter(u -> u == Unit.HOUR).orElse(Unit.MINUTE);
            BigDecimal value = new BigDecimal(duration.group(1))
                    .add(new BigDecimal(duration.group(2)).divide(BigDecimal.valueOf(60), 4, RoundingMode.HALF_UP));
            return Optional.of(new IndicatorReading(Optional.of(value.stripTrailingZeros()), bound, Optional.of(larger)));
        }
        if (t.matches(".*[a-z].*")) {
            return Optional.empty();
        }
        Optional<BigDecimal> number = DutchNumber.parse(t);
        if (number.isEmpty() || t.matches("[-−–]")) {
            return Optional.empty();
        }
        return Optional.of(new IndicatorReading(number, bound, unit));
    }
}
