package nl.openbaar.harvester.figures;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.openbaar.harvester.table.Row;
import nl.openbaar.harvester.table.Table;
import nl.openbaar.harvester.text.TextLine;

/**
 * Scale evidence from the explanation of variances: the prose lists amounts in euros marked voordeel or nadeel
 * ("€ 46.000 N", "€ 27.000 V"); when their signed sum is a verschil printed in the table in thousands (and not in
 * euros), the table is in thousands.
 */
final class VarianceExplanation {
    private static final Pattern MARKED_AMOUNT = Pattern.compile(
            "€\\s?(\\d{1,3}(?:\\.\\d{3})+|\\d+)\\s*\\(?\\s*(V|N|voordeel|nadeel|voordelig|nadelig)\\b", Pattern.CASE_INSENSITIVE);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final int MIN_AMOUNTS = 2;

    Optional<Scale> infer(Table table, List<TextLine> proseLines) {
        BigDecimal sum = BigDecimal.ZERO;
        int amounts = 0;
        for (TextLine line : proseLines) {
            Matcher m = MARKED_AMOUNT.matcher(line.text());
            while (m.find()) {
                Optional<BigDecimal> amount = DutchNumber.parse(m.group(1));
                if (amount.isPresent()) {
                    boolean advantage = m.group(2).toLowerCase(Locale.ROOT).startsWith("v");
                    sum = sum.add(advantage ? amount.get() : amount.get().negate());
                    amounts++;
                }
            }
        }
        if (amounts < MIN_AMOUNTS || sum.signum() == 0) {
            return Optional.empty();
        }
        List<Term> columns = table.headers().stream().map(h -> Term.of(h.text())).toList();
        for (Row row : table.rows()) {
            for (int c = 0; c < Math.min(columns.size(), row.values().size()); c++) {
                Optional<BigDecimal> verschil = columns.get(c).difference() ? DutchNumber.parse(row.values().get(c).text()) : Optional.empty();
                if (verschil.isEmpty()) {
                    continue;
                }
                boolean inThousands = verschil.get().abs().multiply(THOUSAND).subtract(sum.abs()).abs().compareTo(THOUSAND) < 0;
                boolean inEuros = verschil.get().abs().subtract(sum.abs()).abs().compareTo(BigDecimal.ONE) <= 0;
                if (inThousands && !inEuros) {
                    return Optional.of(Scale.inferred(THOUSAND, "the " + amounts + " voordelen and nadelen the text explains add up to "
                            + sum.toPlainString() + " euros, the verschil " + row.values().get(c).text() + " of '" + row.label().text()
                            + "' in thousands"));
                }
            }
        }
        return Optional.empty();
    }
}
