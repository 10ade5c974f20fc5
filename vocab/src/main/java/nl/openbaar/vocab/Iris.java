package nl.openbaar.vocab;

import java.net.URI;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Mints every data IRI, in one place, from a configurable base IRI. Data IRIs are deterministic, so harvesting the
 * same source again yields the same triples.
 */
public final class Iris {
    public static final String DEFAULT_BASE = "http://localhost:7070/";
    private static final Pattern SOURCE_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,127}");
    private static final Pattern NON_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

    private final String base;

    public Iris(String base) {
        URI uri = URI.create(base);
        if (!uri.isAbsolute() || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
            throw new IllegalArgumentException("base IRI must be an absolute http(s) IRI: " + base);
        }
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public String base() {
        return base;
    }

    /** The named graph that holds everything harvested from one source. */
    public String graph(String sourceId) {
        return base + "graph/" + requireSourceId(sourceId);
    }

    public String document(String sourceId) {
        return base + "id/document/" + requireSourceId(sourceId);
    }

    public String section(String sourceId, int position) {
        return document(sourceId) + "/section/" + position;
    }

    public String table(String sourceId, int tableNumber) {
        return document(sourceId) + "/table/" + tableNumber;
    }

    public String budgetDataset(String sourceId) {
        return base + "id/dataset/" + requireSourceId(sourceId) + "/budget";
    }

    public String indicatorDataset(String sourceId) {
        return base + "id/dataset/" + requireSourceId(sourceId) + "/indicators";
    }

    /** The named graph of the vocabulary and the official lists. */
    public String vocabularyGraph() {
        return base + "graph/vocabulary";
    }

    /** The named graph of the DCAT catalog, and of its last validation report. */
    public String catalogGraph() {
        return base + "graph/catalog";
    }

    public String catalogValidationGraph() {
        return base + "graph/catalog-validation";
    }

    public String catalog() {
        return base + "catalog";
    }

    public String documentsDataset(String sourceId) {
        return base + "id/dataset/" + requireSourceId(sourceId) + "/documents";
    }

    /** The Turtle download of one dataset: its observations (or sections) with their provenance. */
    public String download(String datasetIri) {
        return base + "download/" + datasetIri.substring((base + "id/dataset/").length()) + ".ttl";
    }

    public String sparqlService() {
        return base + "sparql";
    }

    /** A figure is identified by the cell it was read from: source, table, row and column. */
    public String budgetFigure(String sourceId, int table, int row, int column) {
        return base + "id/figure/" + requireSourceId(sourceId) + "/" + table + "-" + row + "-" + column;
    }

    public String indicatorValue(String sourceId, int table, int row, int column) {
        return base + "id/indicator-value/" + requireSourceId(sourceId) + "/" + table + "-" + row + "-" + column;
    }

    /** Programmes are set by each council, so they are concepts per municipality. */
    public String programme(Municipality municipality, String label) {
        return base + "id/programme/" + municipality.code().toLowerCase(Locale.ROOT) + "/" + slug(label);
    }

    public String programmeScheme(Municipality municipality) {
        return base + "id/programme/" + municipality.code().toLowerCase(Locale.ROOT);
    }

    public String line(Municipality municipality, String label) {
        return base + "id/line/" + municipality.code().toLowerCase(Locale.ROOT) + "/" + slug(label);
    }

    public String indicator(Municipality municipality, String label) {
        return base + "id/indicator/" + municipality.code().toLowerCase(Locale.ROOT) + "/" + slug(label);
    }

    /** The public named graphs of the Woo register all start with this. */
    public String wooGraphPrefix() {
        return base + "graph/woo/";
    }

    /** The public named graph of one published publication of the Woo register. */
    public String publicationGraph(String publicationId) {
        return wooGraphPrefix() + "publication/" + requireSourceId(publicationId);
    }

    /** The public named graph of the harvested annual reports as register publications. */
    public String harvestedReportsGraph() {
        return wooGraphPrefix() + "harvested-reports";
    }

    public String publication(String publicationId) {
        return base + "id/woo/publication/" + requireSourceId(publicationId);
    }

    public String publicationFile(String publicationId, String fileId) {
        return publication(publicationId) + "/file/" + requireSourceId(fileId);
    }

    /** Where a published file is downloaded: the document itself, as the Woo index wants it. */
    public String publicationFileDownload(String publicationId, String fileId) {
        return base + "api/v1/publications/" + requireSourceId(publicationId) + "/files/" + requireSourceId(fileId);
    }

    /** The Woo register as a DCAT dataset. */
    public String wooRegisterDataset() {
        return base + "id/dataset/woo-register";
    }

    /** Checks that a source id can be used in an IRI path as it is. */
    public static String requireSourceId(String sourceId) {
        if (sourceId == null || !SOURCE_ID.matcher(sourceId).matches()) {
            throw new IllegalArgumentException("invalid source id '" + sourceId
                    + "': use lower-case letters, digits, '.', '_' and '-' (at most 128), starting with a letter or digit");
        }
        return sourceId;
    }

    /** "Aangifte verhuizing – Via balie (%)" becomes "aangifte-verhuizing-via-balie-pct". */
    public static String slug(String label) {
        String plain = DIACRITICS.matcher(Normalizer.normalize(label, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT)
                .replace("%", " pct ")
                .replace("€", " eur ");
        String slug = NON_SLUG.matcher(plain).replaceAll("-");
        slug = slug.replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "_" : slug;
    }
}
