package nl.openbaar.harvester;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.openbaar.harvester.figures.ReportContext;
import nl.openbaar.harvester.report.ParsedReport;
import nl.openbaar.harvester.report.ReportParser;
import nl.openbaar.harvester.source.ReportKind;
import nl.openbaar.harvester.source.Source;
import nl.openbaar.harvester.table.HtmlTableReader;
import nl.openbaar.harvester.text.ExtractedText;
import nl.openbaar.harvester.text.PageMatcher;
import nl.openbaar.harvester.text.PagedText;
import nl.openbaar.harvester.text.ReportText;
import nl.openbaar.harvester.text.TextLine;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads a source's extracted text as a report, by the way its format keeps tables: an HTML page's own table elements;
 * the tables of a word-processor document or a tagged PDF as Tika's XHTML keeps them (with, for the PDF, the page of
 * every line its layout shows); otherwise (text, untagged PDF) the tables as printed in the flattened text, a PDF's
 * one line per paragraph with its page.
 */
public final class ReportReader {
    private static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");
    /** Formats whose Tika XHTML keeps tables as table elements. */
    private static final Set<String> WORD_PROCESSOR = Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword",
            "application/vnd.oasis.opendocument.text");

    /** Formats whose Tika XHTML has a div per page and a paragraph per block of text. */
    private static final Set<String> PAGED = Set.of("application/pdf");

    private final ReportParser parser;
    private final HtmlTableReader htmlTables;

    public ReportReader(ReportParser parser, HtmlTableReader htmlTables) {
        this.parser = parser;
        this.htmlTables = htmlTables;
    }

    public ParsedReport read(byte[] bytes, ExtractedText text, Source source) {
        String mediaType = baseType(text.mediaType());
        if (HTML.contains(mediaType)) {
            return readTables(html(bytes), source);
        }
        if (WORD_PROCESSOR.contains(mediaType)) {
            return readTables(Jsoup.parse(text.xhtml()), source);
        }
        if (text.isTaggedPdf()) {
            HtmlTableReader.Reading reading = htmlTables.read(Jsoup.parse(text.xhtml()));
            Map<Integer, Integer> pages = PageMatcher.pages(reading.text(), PagedText.of(text.layoutXhtml()));
            return parser.parse(reading.text(), reading.tables(), context(source, pages));
        }
        ReportText report = PAGED.contains(mediaType) ? PagedText.of(text.xhtml()) : ReportText.of(text.text());
        return parser.parse(report, context(source, pages(report)));
    }

    private ParsedReport readTables(Document document, Source source) {
        HtmlTableReader.Reading reading = htmlTables.read(document);
        return parser.parse(reading.text(), reading.tables(), context(source, Map.of()));
    }

    private static Document html(byte[] bytes) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<Integer, Integer> pages(ReportText text) {
        return text.lines().stream().filter(l -> l.page().isPresent())
                .collect(Collectors.toMap(TextLine::number, l -> l.page().getAsInt()));
    }

    private static ReportContext context(Source source, Map<Integer, Integer> pages) {
        return new ReportContext(source.programme(), source.part(), source.fiscalYear(), source.kind() == ReportKind.BEGROTING, pages);
    }

    private static String baseType(String mediaType) {
        return mediaType == null ? "" : mediaType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    }
}
