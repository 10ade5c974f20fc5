package nl.openbaar.harvester.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.openbaar.harvester.table.Table;
import nl.openbaar.harvester.text.TextLine;

/**
 * Infers the scale of a budget table that prints none, only from evidence in the same document: another budget table
 * that prints its scale, or an amount in the text that matches a figure of the table in thousands or in euros. Without evidence
 * there is no scale, and the table's figures are not published.
 */
public final class ScaleInference {
    private static final Pattern PROSE_AMOUNT = Pattern.compile(
            "€\\s?(\\d{1,3}(?:\\.\\d{3})+|\\d+(?:,\\d+)?)\\s*(mln\\.?|miljoen|mld\\.?|miljard)?", Pattern.CASE_INSENSITIVE);
    /** Prose rounds ("€ 9,8 mln."): a figure matches within this fraction. */
    private static final BigDecimal PROSE_TOLERANCE = new BigDecimal("0.03");
    /** A prose amount in euros matches a figure in euros only closely: prose rounds to thousands at most. */
    private static final BigDecimal EURO_TOLERANCE = new BigDecimal("0.01");
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private final VarianceExplanation varianceExplanation = new VarianceExplanation();

    public Optional<Scale> infer(Table table, List<Table> budgetTables, List<TextLine> proseLines) {
        for (Table other : budgetTables) {
            if (other != table && other.scale().isPresent()) {
                Optional<Scale> printed = Scale.fromPrinted(other.scale().get());
                if (printed.isPresent()) {
                    return Optional.of(Scale.inferred(printed.get().multiplier(),
                            "table " + other.number() + " of the same document prints '" + other.scale().get() + "'"));
                }
            }
        }
        Optional<Scale> fromVariances = varianceExplanation.infer(table, proseLines);
        if (fromVariances.isPresent()) {
            return fromVariances;
        }
        List<BigDecimal> printed = table.rows().stream().flatMap(row -> row.values().stream())
                .map(cell -> DutchNumber.parse(cell.text())).flatMap(Optional::stream).map(BigDecimal::abs)
                .filter(v -> v.compareTo(BigDecimal.TEN) >= 0).toList();
        for (TextLine line : proseLines) {
            Matcher m = PROSE_AMOUNT.matcher(line.text());
            while (m.find()) {
                Optional<BigDecimal> amount = DutchNumber.parse(m.group(1));
                if (amount.isEmpty()) {
                    continue;
                }
                BigDecimal euros = amount.get().multiply(multiplierOf(m.group(2)));
                for (BigDecimal value : printed) {
                    BigDecimal inThousands = value.multiply(THOUSAND);
                    boolean asThousands = closeRelative(euros, inThousands);
                    boolean asEuros = closeRelative(euros, value, EURO_TOLERANCE) && value.compareTo(THOUSAND) >= 0;
                    if (asThousands && !asEuros) {
                        return Optional.of(Scale.inferred(THOUSAND, "the text on line " + line.number() + " mentions '"
                                + m.group().strip() + "', which matches " + value.toPlainString() + " in thousands of euros"));
                    }
                    if (asEuros && !asThousands) {
                        return Optional.of(Scale.inferred(BigDecimal.ONE, "the text on line " + line.number() + " mentions '"
                                + m.group().strip() + "', which matches " + value.toPlainString() + " in euros"));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static BigDecimal multiplierOf(String word) {
        if (word == null) {
            return BigDecimal.ONE;
        }
        return word.toLowerCase().startsWith("m") && !word.toLowerCase().startsWith("mld")
                ? BigDecimal.valueOf(1_000_000) : BigDecimal.valueOf(1_000_000_000);
    }

    private static boolean closeRelative(BigDecimal a, BigDecimal b) {
        return closeRelative(a, b, PROSE_TOLERANCE);
    }

    private static boolean closeRelative(BigDecimal a, BigDecimal b, BigDecimal tolerance) {
        if (b.signum() == 0) {
            return false;
        }
        return a.subtract(b).abs().divide(b.abs(), 6, RoundingMode.HALF_UP).compareTo(tolerance) <= 0;
    }
}
