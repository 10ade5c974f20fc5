package nl.openbaar.api.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places a figure in the section of its document it was printed in: the last section that starts at or before the
 * figure's own place. Places are read from the harvested locators ("line 164, table 2 ...", "page 3, line 12").
 */
final class SectionIndex {
    private static final Pattern PLACE = Pattern.compile("(?:page (\\d+), )?line (\\d+)");

    /** A section's start. */
    record Section(String documentId, int position, String title, Place start) {
    }

    /** A place in a document: page (0 when the format has none) and line. */
    record Place(int page, int line) implements Comparable<Place> {
        private static final Comparator<Place> ORDER = Comparator.comparingInt(Place::page).thenComparingInt(Place::line);

        static Optional<Place> of(String locator) {
            if (locator == null) {
                return Optional.empty();
            }
            Matcher m = PLACE.matcher(locator);
            if (!m.find()) {
                return Optional.empty();
            }
            return Optional.of(new Place(m.group(1) == null ? 0 : Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }

        @Override
        public int compareTo(Place other) {
            return ORDER.compare(this, other);
        }
    }

    private final Map<String, List<Section>> byDocument = new HashMap<>();

    void add(String documentId, int position, String title, String locator) {
        Place.of(locator).ifPresent(start -> byDocument.computeIfAbsent(documentId, d -> new ArrayList<>())
                .add(new Section(documentId, position, title == null ? "Sectie " + position : title, start)));
    }

    Optional<Section> sectionOf(String documentId, String figureLocator) {
        Optional<Place> place = Place.of(figureLocator);
        if (place.isEmpty()) {
            return Optional.empty();
        }
        return byDocument.getOrDefault(documentId, List.of()).stream()
                .filter(s -> s.start().compareTo(place.get()) <= 0)
                .max(Comparator.comparing(Section::start));
    }

    SourceLink link(String documentId, String documentTitle, String figureLocator) {
        return sectionOf(documentId, figureLocator)
                .map(s -> new SourceLink(documentId, documentTitle, s.position(), s.title(), figureLocator))
                .orElse(new SourceLink(documentId, documentTitle, null, null, figureLocator));
    }
}
