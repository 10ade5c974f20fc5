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
    private static final Pattern WORD = Pattern.compile("\\S+");
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

    /** Re-decodes each word that shows mojibake; a word that does not come out as clean UTF-8 is left as it was. */
    private static String repairMojibake(String text) {
        if (!MOJIBAKE.matcher(text).find()) {
            return text;
        }
        Matcher words = WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (words.find()) {
            String word = words.group();
            String repaired = word;
            if (MOJIBAKE.matcher(word).find() && WINDOWS_1252.newEncoder().canEncode(word)) {
                String decoded = new String(word.getBytes(WINDOWS_1252), StandardCharsets.UTF_8);
                repaired = decoded.indexOf('\uFFFD') >= 0 ? word : decoded;
            }
            words.appendReplacement(out, Matcher.quoteReplacement(repaired));
        }
        words.appendTail(out);
        return out.toString();
    }
}
