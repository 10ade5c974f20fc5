package nl.openbaar.api.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.openbaar.api.rest.Paging;
import nl.openbaar.api.rest.dataset.DatasetFilter;
import nl.openbaar.api.rest.dataset.DatasetQuery;
import nl.openbaar.api.rest.model.Dataset;
import nl.openbaar.api.rest.model.DatasetKind;

/** The datasets of the DCAT catalog by title, read through the API's {@link DatasetQuery} (as /api/v1/datasets lists them). */
final class CatalogueReader {
    private final DatasetQuery datasets;
    private final DocumentIds ids;

    CatalogueReader(DatasetQuery datasets, DocumentIds ids) {
        this.datasets = datasets;
        this.ids = ids;
    }

    List<DatasetView> datasets() {
        return datasets.find(DatasetFilter.all(), Paging.first(Paging.MAX_PAGE_SIZE)).items().stream()
                .map(this::view)
                .sorted(Comparator.comparing(DatasetView::title, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private DatasetView view(Dataset d) {
        List<DatasetView.Distribution> distributions = new ArrayList<>();
        if (d.getDownloadUrl() != null) {
            distributions.add(new DatasetView.Distribution("Download als Turtle (RDF)", local(d.getDownloadUrl()), "text/turtle"));
        }
        if (d.getKind() == DatasetKind.WOO_REGISTER) {
            distributions.add(new DatasetView.Distribution("Publicaties als CSV", "/api/v1/publications.csv", "text/csv"));
        }
        if (d.getSparqlEndpoint() != null) {
            distributions.add(new DatasetView.Distribution("Bevragen met SPARQL", local(d.getSparqlEndpoint()), null));
        }
        return new DatasetView(d.getTitle(), d.getDescription(), d.getMunicipalityName(),
                d.getFiscalYear() == null ? null : String.valueOf(d.getFiscalYear()),
                d.getDocumentId() == null ? null : DocumentPage.path(d.getDocumentId()), local(d.getIri()), distributions);
    }

    private String local(URI uri) {
        return uri == null ? null : ids.local(uri.toString());
    }
}
