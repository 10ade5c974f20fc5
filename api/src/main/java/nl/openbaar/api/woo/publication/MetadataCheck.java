package nl.openbaar.api.woo.publication;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.openbaar.api.problem.ProblemException;
import nl.openbaar.api.woo.diwoo.Categories;
import nl.openbaar.api.woo.diwoo.WooLists;

/** Turns what staff send into DiWoo metadata whose every identifier is on its official list, or a 400 saying what is wrong. */
final class MetadataCheck {
    static final String DUTCH = "http://publications.europa.eu/resource/authority/language/NLD";
    private static final String GEMEENTE = "https://identifier.overheid.nl/tooi/id/gemeente/";

    private final WooLists lists = WooLists.official();

    /** {@code input} over {@code current} (null for a new publication): fields left out keep their value. */
    Draft.Metadata apply(MetadataInput input, Draft.Metadata current) {
        Draft.Metadata md = current == null ? new Draft.Metadata() : current;
        List<String> errors = new ArrayList<>();
        if (input.officialTitle() != null) {
            md.officialTitle = input.officialTitle().strip();
        }
        if (md.officialTitle == null || md.officialTitle.isEmpty() || md.officialTitle.length() > 1000) {
            errors.add("officialTitle is required (at most 1000 characters)");
        }
        if (input.description() != null) {
            md.description = input.description().strip();
        }
        if (input.informationCategories() != null) {
            md.informationCategories = new ArrayList<>();
            for (String c : input.informationCategories()) {
                Categories.find(c == null ? "" : c).filter(found -> lists.categories().containsKey(found.iri()))
                        .ifPresentOrElse(found -> md.informationCategories.add(found.iri()),
                                () -> errors.add("'" + c + "' is not a Woo information category of the TOOI list"));
            }
        }
        if (md.informationCategories.isEmpty()) {
            errors.add("informationCategories needs at least one Woo information category");
        }
        if (input.publisher() != null) {
            md.publisher = organisation(input.publisher(), "publisher", errors);
        }
        if (md.publisher == null) {
            errors.add("publisher is required: a TOOI organisation (e.g. GM0402 or its TOOI IRI)");
        }
        if (input.responsible() != null) {
            md.responsible = organisation(input.responsible(), "responsible", errors);
        }
        if (input.creationDate() != null) {
            try {
                md.creationDate = LocalDate.parse(input.creationDate());
            } catch (DateTimeParseException e) {
                errors.add("creationDate must be a date like 2025-03-14, not '" + input.creationDate() + "'");
            }
        }
        if (input.documentKind() != null) {
            md.documentKind = listed(input.documentKind(), lists.documentKinds(), "documentKind", errors);
        }
        if (input.language() != null) {
            md.language = listed(input.language(), lists.languages(), "language", errors);
        }
        if (md.language == null) {
            md.language = DUTCH;
        }
        if (input.themes() != null) {
            md.themes = new ArrayList<>();
            input.themes().forEach(t -> {
                String theme = listed(t, lists.themes(), "themes", errors);
                if (theme != null) {
                    md.themes.add(theme);
                }
            });
        }
        if (input.identifiers() != null) {
            md.identifiers = new ArrayList<>();
            for (String id : input.identifiers()) {
                if (id == null || id.isBlank() || id.length() > 200) {
                    errors.add("identifiers must be non-empty texts of at most 200 characters");
                } else {
                    md.identifiers.add(id.strip());
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.of("bad-metadata", "Bad metadata", 400, String.join("; ", errors));
        }
        return md;
    }

    private String organisation(String given, String field, List<String> errors) {
        String text = given.strip();
        String iri = text.toUpperCase(Locale.ROOT).matches("GM\\d{4}") ? GEMEENTE + text.toLowerCase(Locale.ROOT) : text;
        if (lists.organisation(iri).isEmpty()) {
            errors.add(field + " '" + given + "' is not an organisation on the TOOI lists");
            return null;
        }
        return iri;
    }

    private static String listed(String given, Map<String, String> list, String field, List<String> errors) {
        String text = given == null ? "" : given.strip();
        if (list.containsKey(text)) {
            return text;
        }
        for (Map.Entry<String, String> e : list.entrySet()) {
            if (e.getValue().equalsIgnoreCase(text) || e.getKey().endsWith("/" + text)) {
                return e.getKey();
            }
        }
        errors.add(field + " '" + given + "' is not on its official list");
        return null;
    }
}
