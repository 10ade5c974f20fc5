package nl.openbaar.api.woo.diwoo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.openbaar.vocab.VocabularyGraph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * The Woo information categories from the official TOOI list (bundled with the vocabulary), in their statutory order,
 * each with the sitemap code the Woo index expects ({@code infocat001} … {@code infocat017}, by {@code sh:order}) and
 * its DiWoo label (the plural form). The article 3.1 concept has no code of its own; its sitemaps use
 * {@code inspanningsverplichting}.
 */
public final class Categories {
    private static final String TOOIONT = "https://identifier.overheid.nl/tooi/def/ont/";
    private static final String SH_ORDER = "http://www.w3.org/ns/shacl#order";
    private static volatile List<Category> all;

    /** One category: TOOI IRI, sitemap code, DiWoo label (plural) and singular label. */
    public record Category(String iri, String code, String label, String singular, int order) {
        public String tooiId() {
            return iri.substring(iri.lastIndexOf('/') + 1);
        }
    }

    private Categories() {
    }

    public static List<Category> all() {
        if (all == null) {
            synchronized (Categories.class) {
                if (all == null) {
                    all = read();
                }
            }
        }
        return all;
    }

    public static Optional<Category> byIri(String iri) {
        return all().stream().filter(c -> c.iri().equals(iri)).findFirst();
    }

    /** A category by its IRI, TOOI id ({@code c_c6cd1213}), sitemap code ({@code infocat012}) or label. */
    public static Optional<Category> find(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return all().stream().filter(c -> c.iri().equals(text.strip()) || c.tooiId().equals(t) || c.code().equals(t)
                || c.label().toLowerCase(Locale.ROOT).equals(t) || c.singular().toLowerCase(Locale.ROOT).equals(t)).findFirst();
    }

    private static List<Category> read() {
        Model m = VocabularyGraph.resource("/nl/openbaar/vocab/lists/scw_woo_informatiecategorieen_3.ttl");
        List<Resource> concepts = new ArrayList<>(m.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList());
        concepts.removeIf(c -> !c.hasProperty(m.createProperty(SH_ORDER)));
        concepts.sort(Comparator.comparingInt(c -> c.getProperty(m.createProperty(SH_ORDER)).getInt()));
        List<Category> categories = new ArrayList<>();
        int rank = 0;
        for (Resource concept : concepts) {
            int order = concept.getProperty(m.createProperty(SH_ORDER)).getInt();
            String code = order < 2000 ? String.format(Locale.ROOT, "infocat%03d", ++rank) : "inspanningsverplichting";
            String singular = concept.getProperty(SKOS.prefLabel).getString();
            var plural = concept.getProperty(m.createProperty(TOOIONT + "prefLabelVoorGroepen"));
            categories.add(new Category(concept.getURI(), code, plural == null ? singular : plural.getString(), singular, order));
        }
        return List.copyOf(categories);
    }
}
