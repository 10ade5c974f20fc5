package nl.openbaar.harvester.figures;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a column header, row label or caption says about the values under it: a budget phase, a year, a flow, a value
 * kind; whether it is a difference (Verschil) or a total.
 */
public record Term(Optional<BudgetPhase> phase, OptionalInt year, Optional<Flow> flow, Optional<ValueKind> valueKind,
                   boolean difference, boolean total) {
    private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d{2})\\b");
    private static final Pattern DIFFERENCE = Pattern.compile("\\b(verschil|verschillen|afwijking|afwijkingen)\\b|^v\\s*/\\s*n$");
    private static final Pattern AMENDED = Pattern.compile(
            "na\\s+(wijz|wijziging|wijzigingen|amendement)|gewijzigde\\s+begroting|actuele\\s+begroting|bijgestelde\\s+begroting");
    private static final Pattern ORIGINAL = Pattern.compile("\\b(primitieve|primaire|oorspronkelijke|begroting|begroot|raming)\\b");
    private static final Pattern ACTUAL = Pattern.compile("\\b(realisatie|rekening|werkelijk|gerealiseerd|gerealiseerde|jaarrekening)\\b");
    private static final Pattern BALANCE = Pattern.compile("\\bsaldo\\b");
    // reserve additions count as expenditure, withdrawals as revenue
    private static final Pattern EXPENDITURE = Pattern.compile("\\b(lasten|uitgaven|toevoeging|toevoegingen|storting|stortingen)\\b");
    private static final Pattern REVENUE = Pattern.compile("\\b(baten|inkomsten|opbrengsten|onttrekking|onttrekkingen)\\b");
    private static final Pattern RESERVE_MUTATION = Pattern.compile("^(toevoegingen|onttrekkingen|stortingen)(\\s+(aan|uit)\\s+(de\\s+)?reserves?)?$");
    private static final Pattern TOTAL = Pattern.compile("^totaal\\b|\\btotaal\\b|saldo van (de )?baten en lasten");
    private static final Pattern REALISED = Pattern.compile("\\b(behaald|realisatie|gerealiseerd|werkelijk|gemeten|meting|nulmeting|rekening|jaarrekening)\\b");
    private static final Pattern TARGET = Pattern.compile("\\b(beoogd|begroting|begroot|streefwaarde|streven|doel|doelstelling|norm|prognose|raming)\\b");

    public static Term of(String text) {
        String t = text.toLowerCase(Locale.ROOT).strip();
        boolean difference = DIFFERENCE.matcher(t).find();
        Optional<BudgetPhase> phase = Optional.empty();
        if (!difference) {
            if (AMENDED.matcher(t).find()) {
                phase = Optional.of(BudgetPhase.AmendedBudget);
            } else if (ACTUAL.matcher(t).find()) {
                phase = Optional.of(BudgetPhase.Actual);
            } else if (ORIGINAL.matcher(t).find()) {
                phase = Optional.of(BudgetPhase.OriginalBudget);
            }
        }
        Optional<Flow> flow = Optional.empty();
        if (BALANCE.matcher(t).find()) {
            flow = Optional.of(Flow.Balance);
        } else if (EXPENDITURE.matcher(t).find()) {
            flow = Optional.of(Flow.Expenditure);
        } else if (REVENUE.matcher(t).find()) {
            flow = Optional.of(Flow.Revenue);
        }
        Optional<ValueKind> kind = Optional.empty();
        if (!difference) {
            if (REALISED.matcher(t).find()) {
                kind = Optional.of(ValueKind.Realised);
            } else if (TARGET.matcher(t).find()) {
                kind = Optional.of(ValueKind.Target);
            }
        }
        Matcher year = YEAR.matcher(t);
        OptionalInt y = year.find() ? OptionalInt.of(Integer.parseInt(year.group(1))) : OptionalInt.empty();
        return new Term(phase, y, flow, kind, difference, TOTAL.matcher(t).find());
    }

    /** "Toevoegingen", "Onttrekkingen aan reserves": a heading row of reserve mutations. */
    public static boolean isReserveMutation(String text) {
        return RESERVE_MUTATION.matcher(text.toLowerCase(Locale.ROOT).strip()).matches();
    }

    /** True when the text is only about phase, year, flow or value kind: it names no budget line or indicator. */
    public static boolean isOnlyStructure(String text) {
        String rest = text.toLowerCase(Locale.ROOT)
                .replaceAll("\\b(19|20)\\d{2}\\b", " ")
                .replaceAll("\\b(begroting|begroot|primitieve|oorspronkelijke|na|wijziging|wijzigingen|wijz|gewijzigde|actuele"
                        + "|realisatie|rekening|werkelijk|gerealiseerd|gerealiseerde|raming|lasten|baten|saldo|uitgaven|inkomsten"
                        + "|type|behaald|beoogd|streefwaarde|jaarrekening|totaal|van|en|de)\\b", " ")
                .replaceAll("[^\\p{L}]", "");
        return rest.isEmpty();
    }
}
