package nl.openbaar.api.rest;

import java.util.Arrays;

/**
 * The CSV dialects: {@code rfc4180} (comma, decimal point, UTF-8 without BOM) and {@code excel-nl}, for spreadsheets
 * set to Dutch (semicolon, decimal comma, UTF-8 with a byte order mark so Excel reads it as UTF-8).
 */
public enum Dialect {
    RFC4180("rfc4180", ',', '.', false),
    EXCEL_NL("excel-nl", ';', ',', true);

    private final String name;
    private final char delimiter;
    private final char decimalChar;
    private final boolean byteOrderMark;

    Dialect(String name, char delimiter, char decimalChar, boolean byteOrderMark) {
        this.name = name;
        this.delimiter = delimiter;
        this.decimalChar = decimalChar;
        this.byteOrderMark = byteOrderMark;
    }

    public static Dialect named(String name) {
        if (name == null) {
            return RFC4180;
        }
        return Arrays.stream(values()).filter(d -> d.name.equals(name)).findFirst()
                .orElseThrow(() -> ApiProblem.badParameter("dialect must be rfc4180 or excel-nl, not '" + name + "'"));
    }

    public String label() {
        return name;
    }

    public char delimiter() {
        return delimiter;
    }

    public char decimalChar() {
        return decimalChar;
    }

    public boolean byteOrderMark() {
        return byteOrderMark;
    }
}
