package nl.openbaar.api.linkeddata;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;

/**
 * One page of a large catalog: the catalog's own description, the shared resources, and a page of its datasets
 * with their distributions, plus a Hydra partial-collection view naming the first, previous, next and last pages.
 *
 * @param number 1-based page number
 * @param last number of the last page
 */
record CatalogPage(Model model, int number, int last) {
    private static final String HYDRA = "http://www.w3.org/ns/hydra/core#";

    static CatalogPage of(Model catalog, String catalogIri, int number, int size) {
        List<Resource> datasets = catalog.listResourcesWithProperty(RDF.type, DCAT.Dataset).toList().stream()
                .sorted(Comparator.comparing(Resource::getURI)).toList();
        int last = Math.max(1, (datasets.size() + size - 1) / size);
        int page = Math.min(Math.max(1, number), last);
        Set<Resource> onPage = new HashSet<>(datasets.subList(Math.min((page - 1) * size, datasets.size()),
                Math.min(page * size, datasets.size())));
        Set<Resource> excluded = new HashSet<>(datasets);
        datasets.forEach(d -> d.listProperties(DCAT.distribution).forEachRemaining(s -> excluded.add(s.getResource())));
        Model model = ModelFactory.createDefaultModel().setNsPrefixes(catalog.getNsPrefixMap()).setNsPrefix("hydra", HYDRA);
        for (Statement s : catalog.listStatements().toList()) {
            boolean aboutOtherDataset = excluded.contains(s.getSubject()) && !onPage.contains(owner(s.getSubject(), catalog));
            boolean linksOtherDataset = s.getObject().isResource() && datasets.contains(s.getObject().asResource())
                    && !onPage.contains(s.getObject().asResource());
            if (!aboutOtherDataset && !linksOtherDataset) {
                model.add(s);
            }
        }
        Resource view = model.createResource(catalogIri + "?page=" + page)
                .addProperty(RDF.type, model.createResource(HYDRA + "PartialCollectionView"))
                .addProperty(model.createProperty(HYDRA + "first"), model.createResource(catalogIri + "?page=1"))
                .addProperty(model.createProperty(HYDRA + "last"), model.createResource(catalogIri + "?page=" + last));
        if (page > 1) {
            view.addProperty(model.createProperty(HYDRA + "previous"), model.createResource(catalogIri + "?page=" + (page - 1)));
        }
        if (page < last) {
            view.addProperty(model.createProperty(HYDRA + "next"), model.createResource(catalogIri + "?page=" + (page + 1)));
        }
        model.createResource(catalogIri).addProperty(model.createProperty(HYDRA + "view"), view)
                .addLiteral(model.createProperty(HYDRA + "totalItems"), (long) datasets.size());
        return new CatalogPage(model, page, last);
    }

    /** The dataset a distribution belongs to, or the resource itself. */
    private static Resource owner(Resource resource, Model catalog) {
        List<Resource> datasets = catalog.listSubjectsWithProperty(DCAT.distribution, (RDFNode) resource).toList();
        return datasets.isEmpty() ? resource : datasets.get(0);
    }
}
