package nl.openbaar.harvester.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/** Extracts plain text from any format Tika knows (text, HTML, PDF, DOCX, ...). */
public final class TextExtractor {
    /** Characters of text kept per document; a municipal report page is far below this. */
    private static final int MAX_CHARACTERS = 50_000_000;

    private final AutoDetectParser parser = new AutoDetectParser();

    public ExtractedText extract(byte[] content, String fileName) {
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARACTERS);
        try (InputStream in = new ByteArrayInputStream(content)) {
            parser.parse(in, handler, metadata, new ParseContext());
        } catch (IOException | SAXException | TikaException e) {
            throw new ExtractionException("cannot extract text from " + fileName + ": " + e.getMessage(), e);
        }
        return new ExtractedText(handler.toString(), metadata.get(Metadata.CONTENT_TYPE),
                metadata.get(TikaCoreProperties.TITLE));
    }
}
