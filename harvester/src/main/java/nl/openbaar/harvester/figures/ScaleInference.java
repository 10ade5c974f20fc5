package nl.openbaar.harvester.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.openbaar.harvester.table.Table;
import nl.openbaar.harvester.text.TextLine;

/**
 * Infers the scale of a budget table that prints none, only from evidence in the same document:
 * <ol>
 *   <li>the scale the document's other budget tables print (when they all print the same);</li>
 *   <li>the voordelen and nadelen the text explains, adding up to a verschil of the table ({@link VarianceExplanation});</li>
 *   <li>an amount in the text that matches a figure of the table in thousands or in euros, and not both;</li>
 *   <li>the size of the table's amounts ({@link AmountMagnitude}): a table whose largest amount would be less than
 *   € 100.000 in euros is in thousands, one that would reach € 10 billion in thousands is in euros.</li>
 * </ol>
 * Evidence that size contradicts is not believed. When the believed evidence disagrees, or there is none, there is no
 * scale and the table's figures are not published. An inferred scale carries its evidence.
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
        AmountMagnitude magnitude = AmountMagnitude.of(table);
        List<Scale> evidence = new ArrayList<>();
        fromOtherTables(table, budgetTables).ifPresent(evidence::add);
        varianceExplanation.infer(table, proseLines).ifPresent(evidence::add);
        fromProse(table, proseLines).ifPresent(evidence::add);
        magnitude.scale().ifPresent(evidence::add);
        List<Scale> believed = evidence.stream().filter(s -> !magnitude.contradicts(s.multiplier())).toList();
        long multipliers = believed.stream().map(s -> s.multiplier().stripTrailingZeros()).distinct().count();
        return multipliers == 1 ? Optional.of(believed.get(0)) : Optional.empty();
    }

    /** The scale the document's other tables print, when they all print the same. */
    private static Optional<Scale> fromOtherTables(Table table, List<Table> budgetTables) {
        List<Table> scaled = budgetTables.stream()
                .filter(other -> other != table && other.scale().flatMap(Scale::fromPrinted).isPresent()).toList();
        List<BigDecimal> multipliers = scaled.stream().map(other -> Scale.fromPrinted(other.scale().get()).get().multiplier()
                .stripTrailingZeros()).distinct().toList();
        if (multipliers.size() != 1) {
            return Optional.empty();
        }
        Table other = scaled.get(0);
        return Optional.of(Scale.inferred(multipliers.get(0),
                "table " + other.number() + " of the same document prints '" + other.scale().get() + "'"));
    }

    /** An amount the text mentions that matches a figure of the table in thousands or in euros (and not both). */
    private static Optional<Scale> fromProse(Table table, List<TextLine> proseLines) {
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
