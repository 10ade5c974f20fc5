package nl.openbaar.harvester.privacy;

/** Hides all but the few characters staff need to find a value back in the document. */
final class Masking {
    private Masking() {
    }

    /** All characters but the last {@code visible} letters and digits become '*'. */
    static String keepLast(String value, int visible) {
        String compact = value.replaceAll("[\\s.\\-]", "");
        int hidden = Math.max(0, compact.length() - visible);
        return "*".repeat(hidden) + compact.substring(hidden);
    }

    /** An IBAN as its country code and the last two digits: NL**************00. */
    static String iban(String iban) {
        String compact = iban.replaceAll("\\s", "");
        return compact.substring(0, 2) + "*".repeat(compact.length() - 4) + compact.substring(compact.length() - 2);
    }

    /** An e-mail address as its first letter and the top-level domain: j***@***.nl. */
    static String email(String email) {
        int at = email.indexOf('@');
        int dot = email.lastIndexOf('.');
        return email.charAt(0) + "***@***" + (dot > at ? email.substring(dot) : "");
    }
}
