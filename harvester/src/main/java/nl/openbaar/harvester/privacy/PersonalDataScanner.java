package nl.openbaar.harvester.privacy;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iban4j.IbanUtil;

/**
 * Looks through a document's text, page by page, and its file metadata for burgerservicenummers (11-proof, with or
 * without a context word nearby), IBANs (ISO 13616 mod-97, by iban4j), e-mail addresses and Dutch phone numbers (by
 * libphonenumber). Findings carry a masked value only. A page without any text (a scan without a text layer; there is
 * no OCR here) is a finding too: what cannot be read cannot be cleared by the scanner.
 */
public final class PersonalDataScanner {
    /** Microsoft Purview's window for BSN keywords, in characters either side. */
    private static final int CONTEXT_WINDOW = 300;
    private static final Pattern CONTEXT = Pattern.compile(
            "\\b(bsn|burgerservicenummer|burger\\s*service\\s*nummer|sofi-?nummer|persoonsnummer|sociaal-fiscaal nummer)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Eight or nine digits as one run, or nine in groups (123 456 782, 1234.56.782) which count only near a context word. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.,])(\\d{8,9}|\\d{3}[ .]\\d{3}[ .]\\d{3}|\\d{4}[ .]\\d{2}[ .]\\d{3})(?![\\d]|[.,]\\d)");
    private static final Pattern IBAN = Pattern.compile("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\\b");
    private static final Pattern EMAIL = Pattern.compile("(?<![\\w.+-])[\\w.+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}\\b");

    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();

    /**
     * Scans the pages of a document (one string per page; a document without pages is one string, reported with page
     * null) and its metadata fields.
     */
    public List<Finding> scan(List<String> pages, boolean paged, Map<String, List<String>> metadata) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            if (paged && pages.get(i).codePoints().noneMatch(Character::isLetterOrDigit)) {
                findings.add(new Finding(FindingKind.UNREADABLE_PAGE, i + 1, "tekst", "", true));
            }
            findings.addAll(scanText(pages.get(i), paged ? i + 1 : null, "tekst"));
        }
        metadata.forEach((field, values) -> values.forEach(value -> findings.addAll(scanText(value, null, "metadata: " + field))));
        return findings;
    }

    List<Finding> scanText(String text, Integer page, String location) {
        List<Finding> found = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        Matcher iban = IBAN.matcher(text);
        while (iban.find()) {
            String compact = iban.group().replace(" ", "");
            if (IbanUtil.isValid(compact)) {
                found.add(new Finding(FindingKind.IBAN, page, location, Masking.iban(compact), true));
                taken.add(new int[] {iban.start(), iban.end()});
            }
        }
        Matcher number = NUMBER.matcher(text);
        while (number.find()) {
            if (overlaps(taken, number.start(), number.end())) {
                continue;
            }
            String digits = number.group().replaceAll("[ .]", "");
            boolean grouped = digits.length() != number.group().length();
            if (!Bsn.isValid(digits)) {
                continue;
            }
            boolean context = hasContext(text, number.start(), number.end());
            if (grouped && !context) {
                continue;
            }
            found.add(new Finding(FindingKind.BSN, page, location, Masking.keepLast(digits, 2), context));
            taken.add(new int[] {number.start(), number.end()});
        }
        Matcher email = EMAIL.matcher(text);
        while (email.find()) {
            found.add(new Finding(FindingKind.EMAIL, page, location, Masking.email(email.group()), true));
            taken.add(new int[] {email.start(), email.end()});
        }
        for (PhoneNumberMatch match : phones.findNumbers(text, "NL", PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
            String raw = match.rawString();
            boolean dutchWritten = raw.startsWith("0") || raw.startsWith("+31") || raw.startsWith("(0") || raw.startsWith("0031");
            if (dutchWritten && match.number().getCountryCode() == 31 && !overlaps(taken, match.start(), match.end())) {
                found.add(new Finding(FindingKind.PHONE, page, location, Masking.keepLast(raw.replaceAll("[()+]", ""), 2), true));
            }
        }
        return found;
    }

    private static boolean hasContext(String text, int start, int end) {
        String window = text.substring(Math.max(0, start - CONTEXT_WINDOW), Math.min(text.length(), end + CONTEXT_WINDOW));
        return CONTEXT.matcher(window.toLowerCase(Locale.ROOT)).find();
    }

    private static boolean overlaps(List<int[]> spans, int start, int end) {
        return spans.stream().anyMatch(s -> start < s[1] && end > s[0]);
    }
}
