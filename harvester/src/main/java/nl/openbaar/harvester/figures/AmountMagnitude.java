package nl.openbaar.harvester.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.openbaar.harvester.table.Cell;
import nl.openbaar.harvester.table.Row;
import nl.openbaar.harvester.table.Table;

/**
 * What the size of a budget table's amounts says about its scale. A table of a municipality's budget shows the lasten
 * of a programme, taakveld or cost category, so its largest amount is at least {@link #SMALLEST_LARGEST} euros; and no
 * amount of a municipal report reaches {@link #LARGEST_POSSIBLE} euros (the largest city's whole budget is below it).
 * So a table whose largest amount is {@code 22.139} cannot be in euros and must be in thousands (€ 22 million); one whose
 * largest is {@code 24.708.177} cannot be in thousands (€ 24 billion) and is in euros; one between the two bounds
 * (100.000 to 10.000.000) could be either, and size says nothing.
 *
 * <p>Size is no evidence for tables whose numbers are not plain amounts: decimals, percentages, amounts per inhabitant,
 * or whole thousands that read as rounded euros just as well ({@code 45.000}, {@code 12.000}).
 */
final class AmountMagnitude {
    static final BigDecimal SMALLEST_LARGEST = BigDecimal.valueOf(100_000);
    static final BigDecimal LARGEST_POSSIBLE = BigDecimal.valueOf(10_000_000_000L);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final Pattern NOT_AN_AMOUNT = Pattern.compile(
            "(?iu)\\bper\\s+(inwoner|inwoners|woning|woningen|huishouden|huishoudens|leerling|leerlingen|fte|m2|hoofd)\\b|%|\\bpercentage\\b|\\bfte\\b|\\baantal\\b");
    private static final Pattern PLAIN_AMOUNT = Pattern.compile("^[-−–(]?\\s*\\d{1,3}(\\.\\d{3})*\\s*[-−)]?$");

    private final List<BigDecimal> amounts;
    private final Optional<String> notAmounts;

    private AmountMagnitude(List<BigDecimal> amounts, Optional<String> notAmounts) {
        this.amounts = amounts;
        this.notAmounts = notAmounts;
    }

    static AmountMagnitude of(Table table) {
        List<Term> columns = table.headers().stream().map(h -> Term.of(h.text())).toList();
        if (NOT_AN_AMOUNT.matcher(table.caption()).find()
                || table.headers().stream().anyMatch(h -> NOT_AN_AMOUNT.matcher(h.text()).find())
                || table.rows().stream().anyMatch(r -> NOT_AN_AMOUNT.matcher(r.label().text()).find())) {
            return new AmountMagnitude(List.of(), Optional.of("its labels speak of percentages, counts or amounts per unit"));
        }
        List<BigDecimal> amounts = new ArrayList<>();
        for (Row row : table.rows()) {
            if (Term.of(row.label().text()).difference()) {
                continue;
            }
            for (int c = 0; c < Math.min(columns.size(), row.values().size()); c++) {
                Cell cell = row.values().get(c);
                String text = cell.text().strip();
                if (columns.get(c).difference() || text.isEmpty() || text.matches("[-−–]|[VN]")) {
                    continue;
                }
                if (!PLAIN_AMOUNT.matcher(text.replace(" ", "")).matches()) {
                    return new AmountMagnitude(List.of(), Optional.of("'" + text + "' is not a whole amount"));
                }
                DutchNumber.parse(text).map(BigDecimal::abs).ifPresent(amounts::add);
            }
        }
        long large = amounts.stream().filter(a -> a.compareTo(THOUSAND) >= 0).count();
        long wholeThousands = amounts.stream().filter(a -> a.compareTo(THOUSAND) >= 0 && a.remainder(THOUSAND).signum() == 0).count();
        if (large > 0 && wholeThousands * 2 >= large) {
            return new AmountMagnitude(List.of(), Optional.of("its amounts are mostly whole thousands, which read as rounded euros too"));
        }
        return new AmountMagnitude(amounts, Optional.empty());
    }

    /** Whether size alone shows another scale than {@code multiplier}: other evidence for it is then not believed. */
    boolean contradicts(BigDecimal multiplier) {
        return scale().filter(s -> s.multiplier().compareTo(multiplier) != 0).isPresent();
    }

    private boolean plausible(BigDecimal multiplier) {
        BigDecimal largest = largest().multiply(multiplier);
        return largest.compareTo(SMALLEST_LARGEST) >= 0 && largest.compareTo(LARGEST_POSSIBLE) < 0;
    }

    /** The one scale (euros or thousands) that size allows, when size allows exactly one. */
    Optional<Scale> scale() {
        if (notAmounts.isPresent() || amounts.isEmpty()) {
            return Optional.empty();
        }
        boolean euros = plausible(BigDecimal.ONE);
        boolean thousands = plausible(THOUSAND);
        String largest = largest().toPlainString();
        if (thousands && !euros) {
            return Optional.of(Scale.inferred(THOUSAND, "its largest amount, " + largest + ", would be less than € 100.000 in euros,"
                    + " too little for the lasten of a municipal programme or taakveld; in thousands it is € " + largest + ".000"));
        }
        if (euros && !thousands) {
            return Optional.of(Scale.inferred(BigDecimal.ONE, "its largest amount, " + largest + ", would be € 10 billion or more"
                    + " in thousands, more than any municipality's whole budget"));
        }
        return Optional.empty();
    }

    /** Why size says nothing, if it says nothing at all. */
    Optional<String> whyNoEvidence() {
        if (notAmounts.isPresent()) {
            return notAmounts;
        }
        if (amounts.isEmpty()) {
            return Optional.of("it has no amounts");
        }
        return scale().isPresent() ? Optional.empty()
                : Optional.of("its largest amount, " + largest().toPlainString() + ", is a possible size both in euros and in thousands");
    }

    private BigDecimal largest() {
        return amounts.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }
}
