package nl.openbaar.harvester.catalog;

import java.util.List;
import org.apache.jena.rdf.model.Model;

/**
 * The outcome of validating the catalog and the cubes.
 *
 * @param dcatViolations messages of the DCAT-AP / DCAT-AP-NL violations
 * @param cubeViolations messages of the Data Cube integrity violations
 * @param report the SHACL validation reports, as RDF
 */
public record CatalogCheck(List<String> dcatViolations, List<String> cubeViolations, Model report) {
    public boolean conforms() {
        return dcatViolations.isEmpty() && cubeViolations.isEmpty();
    }
}
