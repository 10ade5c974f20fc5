package nl.openbaar.api.web;

import java.util.List;

/**
 * A report as its page shows it: what it is, its sections in order, and under each section the figures taken from
 * it. Figures printed before the first section are listed apart.
 */
public record DocumentView(String id, String title, String municipalityCode, String municipalityName, String year, String kind,
        String format, String issued, String sha256, String sourceUrl, List<Section> sections, List<Figure> beforeSections) {

    public String municipalityPath() {
        return municipalityCode == null ? null : MunicipalityPage.path(municipalityCode, year);
    }

    public int figureCount() {
        return beforeSections.size() + sections.stream().mapToInt(s -> s.figures().size()).sum();
    }

    /** One section with its text and the figures printed in it. */
    public record Section(int position, String title, String text, String locator, List<Figure> figures) {
        public String anchor() {
            return SourceLink.anchor(position);
        }
    }

    /**
     * One figure as read from the report.
     *
     * @param subject what it is about: the line, total or indicator
     * @param measure what it measures: "lasten, realisatie 2021", "doel 2021"
     * @param value as Openbaar stores it, in euros or the indicator's unit
     * @param printed as the report printed it, with its scale
     */
    public record Figure(String subject, String measure, String value, String printed, String locator, String iri) {
    }
}
