package nl.openbaar.harvester.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs the encoding damage found in flattened report text.
 *
 * <ul>
 *   <li>Lead byte read as 0x01: UTF-8 {@code C3 xx} (the Latin-1 letters à–ÿ) shown as U+01xx, e.g. "financiƫn" for
 *   "financiën". Repaired only inside words, where the Latin Extended-B letter cannot be meant.</li>
 *   <li>Classic mojibake: UTF-8 read as Windows-1252, e.g. "financiÃ«n". Repaired when the re-decoding gives valid
 *   UTF-8.</li>
 *   <li>No-break spaces become ordinary spaces, so that table cells split as they look.</li>
 * </ul>
 */
public final class EncodingRepair {
    private static final Pattern LEAD_BYTE_DAMAGE = Pattern.compile("(?<=\\p{L})[\\u0180-\\u01BF]|[\\u0180-\\u01BF](?=\\p{L})");
    private static final Pattern MOJIBAKE = Pattern.compile("Ã[\\u0080-\\u00BF\\u0152-\\u2122]|â€[\\u0080-\\u2122]");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public String repair(String text) {
        String repaired = repairLeadByte(text);
        repaired = repairMojibake(repaired);
        return repaired.replace('\u00A0', ' ');
    }

    private static String repairLeadByte(String text) {
        Matcher matcher = LEAD_BYTE_DAMAGE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            char damaged = matcher.group().charAt(0);
            matcher.appendReplacement(out, String.valueOf((char) (damaged - 0xC0)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String repairMojibake(String text) {
        if (!MOJIBAKE.matcher(text).find()) {
            return text;
        }
        byte[] bytes = text.getBytes(WINDOWS_1252);
        String decoded = new String(bytes, StandardCharsets.UTF_8);
        // a replacement character means the text was not mojibake after all (or only partly): leave it
        return decoded.indexOf('\uFFFD') >= 0 ? text : decoded;
    }
}
