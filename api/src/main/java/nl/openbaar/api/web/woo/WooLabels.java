package nl.openbaar.api.web.woo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import nl.openbaar.api.woo.diwoo.Categories;
import nl.openbaar.api.woo.diwoo.WooLists;
import nl.openbaar.api.woo.request.Code;
import nl.openbaar.api.woo.request.RequestStatus;
import nl.openbaar.api.woo.request.decision.DecisionOutcome;

/** The Dutch words the Woo pages show for the register's codes and list IRIs, and dates as a Dutch reader writes them. */
public final class WooLabels {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));
    private static final WooLists LISTS = WooLists.official();

    private WooLabels() {
    }

    public static String category(String iri) {
        return Categories.byIri(iri).map(Categories.Category::label).orElse(iri);
    }

    public static String organisation(String iri) {
        return iri == null ? null : LISTS.organisation(iri).orElse(iri);
    }

    public static String documentKind(String iri) {
        return iri == null ? null : LISTS.documentKinds().getOrDefault(iri, iri);
    }

    public static String language(String iri) {
        return iri == null ? null : LISTS.languages().getOrDefault(iri, iri);
    }

    public static String theme(String iri) {
        return LISTS.themes().getOrDefault(iri, iri);
    }

    public static String withdrawalReason(String iri) {
        return iri == null ? null : LISTS.withdrawalReasons().getOrDefault(iri, iri);
    }

    public static String status(String code) {
        return RequestStatus.ofCode(code).map(Code::labelNl).orElse(code);
    }

    public static String outcome(String code) {
        return code == null ? null : DecisionOutcome.ofCode(code).map(Code::labelNl).orElse(code);
    }

    /** {@code 2025-03-14} (or a date-time) as {@code 14 maart 2025}; null stays null. */
    public static String date(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        try {
            return LocalDate.parse(text.substring(0, Math.min(10, text.length()))).format(DATE);
        } catch (DateTimeParseException e) {
            return text;
        }
    }
}
