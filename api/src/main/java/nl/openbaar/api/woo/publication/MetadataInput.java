package nl.openbaar.api.woo.publication;

import java.util.List;

/**
 * The DiWoo metadata as staff send it (JSON). Categories may be given as TOOI IRI, TOOI id, sitemap code or label;
 * organisations as TOOI IRI or CBS municipality code (GM0402); every other value as the IRI of its official list.
 */
public record MetadataInput(String officialTitle, String description, List<String> informationCategories, String publisher,
                            String responsible, String creationDate, String documentKind, String language, List<String> themes,
                            List<String> identifiers) {
}
