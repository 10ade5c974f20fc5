package nl.openbaar.api.woo.diwoo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The official TOOI value lists as the DiWoo 0.9.8 schema embeds them (the {@code *lijst} simple types of
 * {@code diwoo-metadata-lijsten.xsd}): identifier and label of every category, document kind, theme, language, file
 * type, document action, withdrawal reason and organisation. Identifiers staff enter are checked against these, so
 * every record written validates.
 */
public final class WooLists {
    private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;
    private static final String DITA = "http://dita.oasis-open.org/architecture/2005/";
    public static final String RESOURCE = "/nl/openbaar/api/woo/xsd/diwoo-metadata-lijsten.xsd";
    private static final List<String> ORGANISATION_LISTS = List.of("gemeentelijst", "ministerielijst", "provincielijst", "oorglijst",
            "solijst", "waterschapslijst", "zbolijst", "collijst");
    private static volatile WooLists official;

    private final Map<String, Map<String, String>> lists;

    private WooLists(Map<String, Map<String, String>> lists) {
        this.lists = lists;
    }

    /** The lists of the bundled 0.9.8 schema, read once. */
    public static WooLists official() {
        if (official == null) {
            synchronized (WooLists.class) {
                if (official == null) {
                    official = read();
                }
            }
        }
        return official;
    }

    public Map<String, String> categories() {
        return list("informatiecategorielijst");
    }

    public Map<String, String> documentKinds() {
        return list("documentsoortlijst");
    }

    public Map<String, String> themes() {
        return list("themalijst");
    }

    public Map<String, String> languages() {
        return list("taallijst");
    }

    public Map<String, String> fileTypes() {
        return list("formatlijst");
    }

    public Map<String, String> documentActions() {
        return list("soorthandelinglijst");
    }

    public Map<String, String> withdrawalReasons() {
        return list("redenverwijderingvervanginglijst");
    }

    /** The label of an organisation on any of the TOOI organisation lists DiWoo accepts. */
    public Optional<String> organisation(String iri) {
        return ORGANISATION_LISTS.stream().map(this::list).map(l -> l.get(iri)).filter(java.util.Objects::nonNull).findFirst();
    }

    private Map<String, String> list(String name) {
        return lists.getOrDefault(name, Map.of());
    }

    private static WooLists read() {
        try (InputStream in = WooLists.class.getResourceAsStream(RESOURCE)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document xsd = factory.newDocumentBuilder().parse(in);
            Map<String, Map<String, String>> lists = new LinkedHashMap<>();
            NodeList types = xsd.getElementsByTagNameNS(XS, "simpleType");
            for (int i = 0; i < types.getLength(); i++) {
                Element type = (Element) types.item(i);
                String name = type.getAttribute("name");
                if (!name.endsWith("lijst")) {
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                NodeList enumerations = type.getElementsByTagNameNS(XS, "enumeration");
                for (int j = 0; j < enumerations.getLength(); j++) {
                    Element enumeration = (Element) enumerations.item(j);
                    NodeList labels = enumeration.getElementsByTagNameNS(DITA, "p");
                    values.put(enumeration.getAttribute("value"), labels.getLength() == 0 ? "" : labels.item(0).getTextContent().strip());
                }
                lists.put(name, Collections.unmodifiableMap(values));
            }
            return new WooLists(lists);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot read the DiWoo value lists " + RESOURCE, e);
        }
    }

    /** The lists' names, for diagnostics. */
    public List<String> names() {
        return new ArrayList<>(lists.keySet());
    }
}
