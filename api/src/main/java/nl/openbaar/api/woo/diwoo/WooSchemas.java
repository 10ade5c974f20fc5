package nl.openbaar.api.woo.diwoo;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;

/**
 * The official DiWoo 0.9.8 and sitemaps.org schemas, bundled, for validating what the register writes: a DiWoo
 * record, a sitemap with DiWoo records in its URLs, a sitemap index. The MDTO schema DiWoo imports resolves to a
 * local stub; nothing is fetched.
 */
public final class WooSchemas {
    private static final String BASE = "/nl/openbaar/api/woo/xsd/";
    private static final String MDTO = "https://www.nationaalarchief.nl/mdto/MDTO-XML1.0.1.xsd";

    private final Schema record;
    private final Schema sitemap;
    private final Schema index;

    public WooSchemas() {
        this.record = schema("diwoo-metadata.xsd");
        this.sitemap = schema("sitemap.xsd", "diwoo-metadata.xsd");
        this.index = schema("siteindex.xsd");
    }

    /** Throws a {@link SAXException} naming the first error when {@code xml} is not a valid DiWoo record. */
    public void validateRecord(String xml) throws SAXException {
        validate(record, xml);
    }

    public void validateSitemap(String xml) throws SAXException {
        validate(sitemap, xml);
    }

    public void validateSitemapIndex(String xml) throws SAXException {
        validate(index, xml);
    }

    private static void validate(Schema schema, String xml) throws SAXException {
        try {
            var validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema schema(String... files) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setResourceResolver(new LocalOnly(factory.getResourceResolver()));
            StreamSource[] sources = new StreamSource[files.length];
            for (int i = 0; i < files.length; i++) {
                URL url = WooSchemas.class.getResource(BASE + files[i]);
                sources[i] = new StreamSource(url.openStream(), url.toExternalForm());
            }
            return factory.newSchema(sources);
        } catch (SAXException e) {
            throw new IllegalStateException("cannot read the bundled Woo schemas", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Resolves the MDTO import to the local stub and includes next to their schema; refuses everything else remote. */
    private record LocalOnly(LSResourceResolver fallback) implements LSResourceResolver {
        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String baseUri) {
            if (MDTO.equals(systemId) || "https://www.nationaalarchief.nl/mdto".equals(namespace)) {
                return input(WooSchemas.class.getResource(BASE + "mdto-stub.xsd"), publicId);
            }
            if (systemId != null && !systemId.contains("://") && baseUri != null) {
                try {
                    return input(new URL(new URL(baseUri), systemId), publicId);
                } catch (java.net.MalformedURLException e) {
                    throw new IllegalStateException(e);
                }
            }
            throw new IllegalStateException("the Woo schemas may not load " + systemId + " from outside the project");
        }

        private static LSInput input(URL url, String publicId) {
            try {
                InputStream in = url.openStream();
                return new Input(publicId, url.toExternalForm(), in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A minimal LSInput over a stream. */
    private static final class Input implements LSInput {
        private String publicId;
        private String systemId;
        private InputStream stream;

        Input(String publicId, String systemId, InputStream stream) {
            this.publicId = publicId;
            this.systemId = systemId;
            this.stream = stream;
        }

        @Override public java.io.Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(java.io.Reader r) { }
        @Override public InputStream getByteStream() { return stream; }
        @Override public void setByteStream(InputStream s) { stream = s; }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String s) { }
        @Override public String getSystemId() { return systemId; }
        @Override public void setSystemId(String s) { systemId = s; }
        @Override public String getPublicId() { return publicId; }
        @Override public void setPublicId(String s) { publicId = s; }
        @Override public String getBaseURI() { return null; }
        @Override public void setBaseURI(String s) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String s) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean b) { }
    }
}
