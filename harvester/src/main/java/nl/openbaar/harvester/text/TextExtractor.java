package nl.openbaar.harvester.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.TeeContentHandler;
import org.apache.tika.sax.ToXMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Extracts plain text and XHTML from any format Tika knows (text, HTML, PDF, DOCX, ...). A tagged PDF is read by its
 * structure tree, where tables are tables, and once more by its layout, which alone knows the pages.
 */
public final class TextExtractor {
    /** Characters of text kept per document; a municipal report page is far below this. */
    private static final int MAX_CHARACTERS = 50_000_000;

    private final AutoDetectParser parser = new AutoDetectParser();

    public ExtractedText extract(byte[] content, String fileName) {
        return extract(content, fileName, new Metadata());
    }

    /** Like {@link #extract(byte[], String)}, leaving everything Tika read about the file (author, dates, ...) in {@code metadata}. */
    public ExtractedText extract(byte[] content, String fileName, Metadata metadata) {
        BodyContentHandler text = new BodyContentHandler(MAX_CHARACTERS);
        ToXMLContentHandler xhtml = new ToXMLContentHandler();
        parse(content, fileName, new TeeContentHandler(text, xhtml), metadata, true);
        String layout = "";
        if (Boolean.parseBoolean(metadata.get(PDF.HAS_MARKED_CONTENT))) {
            ToXMLContentHandler pages = new ToXMLContentHandler();
            parse(content, fileName, pages, new Metadata(), false);
            layout = pages.toString();
        }
        return new ExtractedText(text.toString(), metadata.get(Metadata.CONTENT_TYPE), metadata.get(TikaCoreProperties.TITLE),
                xhtml.toString(), layout);
    }

    private void parse(byte[] content, String fileName, ContentHandler handler, Metadata metadata, boolean structure) {
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setExtractMarkedContent(structure);
        ParseContext context = new ParseContext();
        context.set(PDFParserConfig.class, pdf);
        try (InputStream in = new ByteArrayInputStream(content)) {
            parser.parse(in, handler, metadata, context);
        } catch (IOException | SAXException | TikaException e) {
            throw new ExtractionException("cannot extract text from " + fileName + ": " + e.getMessage(), e);
        }
    }
}
