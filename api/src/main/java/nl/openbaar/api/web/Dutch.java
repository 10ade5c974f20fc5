package nl.openbaar.api.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as a Dutch reader writes them: 1.311.000 and 7,2. */
public final class Dutch {
    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL"));

    private Dutch() {
    }

    /** An amount in whole euros: {@code € 1.311.000}, {@code € -2.611.000}. */
    public static String euros(BigDecimal amount) {
        return "€ " + format(amount, 0);
    }

    /** A number with exactly {@code decimals} decimals: {@code 7,0}. */
    public static String number(BigDecimal value, int decimals) {
        return format(value, decimals);
    }

    /** The decimals a value needs when printed without trailing zeros. */
    public static int decimalsOf(BigDecimal value) {
        return Math.max(0, value.stripTrailingZeros().scale());
    }

    private static String format(BigDecimal value, int decimals) {
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), SYMBOLS);
        return format.format(value.setScale(decimals, RoundingMode.HALF_UP));
    }
}
