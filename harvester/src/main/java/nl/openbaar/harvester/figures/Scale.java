package nl.openbaar.harvester.figures;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * The multiplier of a budget table.
 *
 * @param multiplier what a printed value is multiplied by to give euros
 * @param printed the scale as printed ("x € 1.000"), empty when it was inferred
 * @param evidence how an inferred scale was inferred
 */
public record Scale(BigDecimal multiplier, Optional<String> printed, Optional<String> evidence) {

    public boolean inferred() {
        return printed.isEmpty();
    }

    /** The scale a printed scale line names, e.g. "Bedragen x € 1.000" or "(x € 1 mln)". */
    public static Optional<Scale> fromPrinted(String line) {
        String t = line.toLowerCase(Locale.ROOT);
        String printed = line.strip().replaceFirst("^\\(\\s*(.*?)\\s*\\)$", "$1").replaceFirst("(?i)^bedragen\\s*", "").strip();
        BigDecimal multiplier;
        if (t.matches(".*1\\s*(mln|miljoen).*") || t.matches(".*1[.,]000[.,]000.*")) {
            multiplier = BigDecimal.valueOf(1_000_000);
        } else if (t.matches(".*1[.,]?000.*")) {
            multiplier = BigDecimal.valueOf(1_000);
        } else if (t.matches(".*(euro|€).*")) {
            multiplier = BigDecimal.ONE;
        } else {
            return Optional.empty();
        }
        return Optional.of(new Scale(multiplier, Optional.of(printed), Optional.empty()));
    }

    public static Scale inferred(BigDecimal multiplier, String evidence) {
        return new Scale(multiplier, Optional.empty(), Optional.of(evidence));
    }
}
