package nl.openbaar.api.web;

import java.util.List;

/** A dataset of the DCAT catalog as the catalog page lists it, with its distributions. */
public record DatasetView(String title, String description, String publisher, String year, String documentPath, String iriPath,
        List<Distribution> distributions) {

    /** One way to get the dataset: a download or an access service. */
    public record Distribution(String title, String href, String mediaType) {
    }
}
