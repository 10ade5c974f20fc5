package nl.openbaar.harvester.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The programme a report page names near its top ("Programma 5 Modern bestuur"), when none is given. */
public final class PageProgramme {
    private static final Pattern PROGRAMME = Pattern.compile("(?im)^\\s*((?:programma|deelprogramma)\\s*:?\\s*\\S.{0,100})$");
    private static final int HEAD = 2_000;

    private PageProgramme() {
    }

    public static Optional<String> of(String text) {
        Matcher m = PROGRAMME.matcher(text.substring(0, Math.min(text.length(), HEAD)));
        // "Programma: 4 Bestuur" names the programme "4 Bestuur"; "Programma 5 Modern bestuur" keeps its word
        return m.find() ? Optional.of(m.group(1).strip().replaceFirst("(?i)^programma\\s*:\\s*", "")) : Optional.empty();
    }
}
