package nl.openbaar.api.woo;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import nl.openbaar.api.woo.diwoo.WooSchemas;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/** The bundled schemas are the real ones: they accept the known-good record and catch the known-bad ones. */
class WooSchemasTest {
    private static final WooSchemas SCHEMAS = new WooSchemas();

    private static String example() throws Exception {
        try (var in = WooSchemasTest.class.getResourceAsStream("diwoo_example_document_gm0402.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theKnownGoodRecordIsValid() {
        assertDoesNotThrow(() -> SCHEMAS.validateRecord(example()));
    }

    @Test
    void anInventedCategoryIdIsAnEnumerationError() throws Exception {
        String bogus = example().replace("c_3baef532", "c_4191a648");
        SAXException e = assertThrows(SAXException.class, () -> SCHEMAS.validateRecord(bogus));
        assertTrue(e.getMessage().contains("cvc-enumeration-valid") || e.getMessage().contains("cvc-attribute"), e.getMessage());
    }

    @Test
    void aRecordWithoutDocumentActionsIsInvalid() throws Exception {
        String xml = example();
        String without = xml.substring(0, xml.indexOf("<diwoo:documenthandelingen>"))
                + xml.substring(xml.indexOf("</diwoo:documenthandelingen>") + "</diwoo:documenthandelingen>".length());
        assertThrows(SAXException.class, () -> SCHEMAS.validateRecord(without));
    }

    @Test
    void aSitemapWithoutLocIsInvalid() {
        String sitemap = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><lastmod>2025-01-01</lastmod></url></urlset>";
        assertThrows(SAXException.class, () -> SCHEMAS.validateSitemap(sitemap));
        String index = "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"></sitemapindex>";
        assertThrows(SAXException.class, () -> SCHEMAS.validateSitemapIndex(index));
    }
}
