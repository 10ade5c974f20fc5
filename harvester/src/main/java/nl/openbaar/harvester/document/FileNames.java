package nl.openbaar.harvester.document;

import java.util.regex.Pattern;

/** Checks the name an upload claims: a plain file name, never a path. */
public final class FileNames {
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final int MAX_LENGTH = 200;

    private FileNames() {
    }

    /** The name itself when it is safe to keep and show; a {@link RejectedDocument} (400) otherwise. */
    public static String requireSafe(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            throw new RejectedDocument("unsafe-file-name", 400, "the upload has no file name");
        }
        if (fileName.contains("/") || fileName.contains("\\") || fileName.contains("..") || fileName.contains(":")) {
            throw new RejectedDocument("unsafe-file-name", 400, "the file name '" + printable(fileName)
                    + "' is a path or climbs out of its directory; send a plain file name");
        }
        if (CONTROL.matcher(fileName).find() || fileName.startsWith(".") || fileName.startsWith("-") || fileName.length() > MAX_LENGTH
                || !fileName.equals(fileName.strip())) {
            throw new RejectedDocument("unsafe-file-name", 400, "the file name '" + printable(fileName)
                    + "' has control characters, a leading dot, dash or space, or is longer than " + MAX_LENGTH + " characters");
        }
        return fileName;
    }

    private static String printable(String text) {
        String shown = CONTROL.matcher(text).replaceAll("?");
        return shown.length() > 80 ? shown.substring(0, 80) + "…" : shown;
    }
}
