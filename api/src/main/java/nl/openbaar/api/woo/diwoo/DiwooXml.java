package nl.openbaar.api.woo.diwoo;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.openbaar.api.woo.publication.PublicEntry;
import nl.openbaar.api.woo.publication.PublicFile;

/**
 * Writes the Woo index files with StAX: a DiWoo 0.9.8 {@code diwoo:Document} per document, sitemaps of documents with
 * their DiWoo record, and sitemap index files. Identifiers come from the official lists, so the output validates
 * against the bundled XSDs ({@link WooSchemas}).
 */
public final class DiwooXml {
    public static final String DIWOO = "https://standaarden.overheid.nl/diwoo/metadata/";
    public static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String TOOI = "https://identifier.overheid.nl/tooi/def/thes/kern/";
    static final String VASTSTELLING = TOOI + "c_641ecd76";
    static final String ONTVANGST = TOOI + "c_dfcee535";

    private final XMLOutputFactory factory = XMLOutputFactory.newInstance();
    private final WooLists lists = WooLists.official();

    /** One URL of a sitemap: the document, when it last changed, and the publication it belongs to. */
    public record SitemapUrl(String loc, String lastmod, PublicEntry entry, PublicFile file) {
    }

    /** One sitemap of an index: where it is and when its newest document changed. */
    public record SitemapRef(String loc, String lastmod) {
    }

    /**
     * True when every identifier the record would carry is on the schema's lists (an organisation newer than the
     * bundled lists, say, is not): only such entries go to the Woo index, as an invalid record would be refused.
     */
    public boolean indexable(PublicEntry e) {
        return e.publisher() != null && lists.organisation(e.publisher()).isPresent()
                && (e.responsible() == null || lists.organisation(e.responsible()).isPresent())
                && !e.categories().isEmpty() && e.categories().stream().allMatch(lists.categories()::containsKey)
                && (e.documentKind() == null || lists.documentKinds().containsKey(e.documentKind()))
                && e.themes().stream().allMatch(lists.themes()::containsKey)
                && (e.language() == null || lists.languages().containsKey(e.language()))
                && e.files().stream().allMatch(f -> f.format() == null || lists.fileTypes().containsKey(f.format()))
                && (!e.withdrawn() || e.withdrawalReason() == null || lists.withdrawalReasons().containsKey(e.withdrawalReason()));
    }

    /** The DiWoo record of a publication on its own, as {@code /woo/diwoo/{id}.xml} serves it. */
    public String record(PublicEntry entry) {
        return write(w -> {
            w.setPrefix("diwoo", DIWOO);
            w.writeStartElement("diwoo", "Document", DIWOO);
            w.writeNamespace("diwoo", DIWOO);
            diwoo(w, entry, entry.files().isEmpty() ? null : entry.files().get(0));
            w.writeEndElement();
        });
    }

    public String sitemap(List<SitemapUrl> urls) {
        return write(w -> {
            w.setDefaultNamespace(SITEMAP);
            w.setPrefix("diwoo", DIWOO);
            w.writeStartElement(SITEMAP, "urlset");
            w.writeDefaultNamespace(SITEMAP);
            w.writeNamespace("diwoo", DIWOO);
            for (SitemapUrl url : urls) {
                w.writeStartElement(SITEMAP, "url");
                text(w, SITEMAP, "loc", url.loc());
                if (url.lastmod() != null) {
                    text(w, SITEMAP, "lastmod", url.lastmod());
                }
                w.writeStartElement("diwoo", "Document", DIWOO);
                diwoo(w, url.entry(), url.file());
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    public String sitemapIndex(List<SitemapRef> sitemaps) {
        return write(w -> {
            w.setDefaultNamespace(SITEMAP);
            w.writeStartElement(SITEMAP, "sitemapindex");
            w.writeDefaultNamespace(SITEMAP);
            for (SitemapRef ref : sitemaps) {
                w.writeStartElement(SITEMAP, "sitemap");
                text(w, SITEMAP, "loc", ref.loc());
                if (ref.lastmod() != null) {
                    text(w, SITEMAP, "lastmod", ref.lastmod());
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    private void diwoo(XMLStreamWriter w, PublicEntry e, PublicFile file) throws XMLStreamException {
        w.writeStartElement("diwoo", "DiWoo", DIWOO);
        if (!e.identifiers().isEmpty()) {
            w.writeStartElement("diwoo", "identifiers", DIWOO);
            for (String id : e.identifiers()) {
                text(w, DIWOO, "identifier", id);
            }
            w.writeEndElement();
        }
        labelled(w, "publisher", e.publisher(), lists.organisation(e.publisher()).orElse(e.publisher()));
        if (e.responsible() != null) {
            labelled(w, "verantwoordelijke", e.responsible(), lists.organisation(e.responsible()).orElse(e.responsible()));
        }
        w.writeStartElement("diwoo", "titelcollectie", DIWOO);
        text(w, DIWOO, "officieleTitel", e.title());
        w.writeEndElement();
        if (e.description() != null && !e.description().isBlank()) {
            w.writeStartElement("diwoo", "omschrijvingen", DIWOO);
            text(w, DIWOO, "omschrijving", e.description());
            w.writeEndElement();
        }
        w.writeStartElement("diwoo", "classificatiecollectie", DIWOO);
        w.writeStartElement("diwoo", "informatiecategorieen", DIWOO);
        for (String category : e.categories()) {
            labelled(w, "informatiecategorie", category, Categories.byIri(category).map(Categories.Category::label).orElse(label(lists.categories(), category)));
        }
        w.writeEndElement();
        if (e.documentKind() != null) {
            w.writeStartElement("diwoo", "documentsoorten", DIWOO);
            labelled(w, "documentsoort", e.documentKind(), label(lists.documentKinds(), e.documentKind()));
            w.writeEndElement();
        }
        if (!e.themes().isEmpty()) {
            w.writeStartElement("diwoo", "themas", DIWOO);
            for (String theme : e.themes()) {
                labelled(w, "thema", theme, label(lists.themes(), theme));
            }
            w.writeEndElement();
        }
        w.writeEndElement();
        if (e.creationDate() != null) {
            text(w, DIWOO, "creatiedatum", e.creationDate());
        }
        if (e.language() != null) {
            labelled(w, "language", e.language(), label(lists.languages(), e.language()));
        }
        if (file != null && file.format() != null) {
            labelled(w, "format", file.format(), label(lists.fileTypes(), file.format()));
        }
        w.writeStartElement("diwoo", "documenthandelingen", DIWOO);
        w.writeStartElement("diwoo", "documenthandeling", DIWOO);
        boolean adopted = e.creationDate() != null;
        labelled(w, "soortHandeling", adopted ? VASTSTELLING : ONTVANGST, label(lists.documentActions(), adopted ? VASTSTELLING : ONTVANGST));
        text(w, DIWOO, "atTime", adopted ? e.creationDate() + "T00:00:00" : seconds(e.registered() != null ? e.registered() : e.modified()));
        w.writeEndElement();
        w.writeEndElement();
        if (e.withdrawn() && e.withdrawalReason() != null) {
            labelled(w, "redenVerwijderingVervanging", e.withdrawalReason(), label(lists.withdrawalReasons(), e.withdrawalReason()));
        }
        w.writeEndElement();
    }

    /** An xs:dateTime to whole seconds (2025-03-14T10:00:00Z). */
    public static String seconds(String dateTime) {
        if (dateTime == null) {
            return null;
        }
        int dot = dateTime.indexOf('.');
        if (dot < 0) {
            return dateTime;
        }
        int zone = dateTime.indexOf('Z', dot) >= 0 ? dateTime.indexOf('Z', dot) : Math.max(dateTime.indexOf('+', dot), dateTime.indexOf('-', dot));
        return dateTime.substring(0, dot) + (zone > 0 ? dateTime.substring(zone) : "");
    }

    private static String label(Map<String, String> list, String iri) {
        String label = list.get(iri);
        return label == null || label.isEmpty() ? iri : label;
    }

    private static void labelled(XMLStreamWriter w, String element, String resource, String label) throws XMLStreamException {
        w.writeStartElement("diwoo", element, DIWOO);
        w.writeAttribute("resource", resource);
        w.writeCharacters(label);
        w.writeEndElement();
    }

    private static void text(XMLStreamWriter w, String namespace, String element, String value) throws XMLStreamException {
        w.writeStartElement(namespace, element);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private String write(Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = factory.createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            body.write(w);
            w.writeEndDocument();
            w.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write Woo index XML", e);
        }
    }
}
