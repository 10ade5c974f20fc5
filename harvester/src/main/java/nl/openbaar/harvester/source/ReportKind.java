package nl.openbaar.harvester.source;

import java.util.Arrays;
import java.util.Locale;
import nl.openbaar.vocab.OB;
import org.apache.jena.rdf.model.Resource;

/** The kinds of report the harvester reads. Jaarstukken are the annual accounts. */
public enum ReportKind {
    JAARREKENING("jaarrekening", OB.AnnualAccounts),
    BEGROTING("begroting", OB.Budget),
    JAARVERSLAG("jaarverslag", OB.AnnualReport);

    private final String label;
    private final Resource term;

    ReportKind(String label, Resource term) {
        this.label = label;
        this.term = term;
    }

    public String label() {
        return label;
    }

    public Resource term() {
        return term;
    }

    public static ReportKind parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("jaarstukken")) {
            return JAARREKENING;
        }
        return Arrays.stream(values()).filter(k -> k.label.equals(t)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "unknown report kind '" + text + "': use jaarrekening, begroting or jaarverslag"));
    }
}
