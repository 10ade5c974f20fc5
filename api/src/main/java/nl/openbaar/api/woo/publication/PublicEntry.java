package nl.openbaar.api.woo.publication;

import java.util.List;

/**
 * A publication as the public sees it, read from the public graphs of the store (published by staff, or a harvested
 * report): DiWoo metadata, status, and files. Everything here is public; nothing private is ever in these graphs.
 *
 * @param issued     when it was published (date or date-time), or null
 * @param modified   when it last changed (the sitemap's lastmod)
 * @param registered when it entered the register
 */
public record PublicEntry(String id, String iri, String title, String description, List<String> categories, String publisher,
                          String responsible, String creationDate, String documentKind, String language, List<String> themes,
                          List<String> identifiers, String issued, String modified, String registered, String status,
                          String withdrawalReason, String withdrawnOn, List<PublicFile> files) {

    public boolean withdrawn() {
        return "ingetrokken".equals(status);
    }

    /** The date the register goes by for date filters: publication date, else the date it was registered. */
    public String registerDate() {
        String date = issued != null ? issued : registered != null ? registered : modified;
        return date == null ? null : date.substring(0, Math.min(10, date.length()));
    }
}
