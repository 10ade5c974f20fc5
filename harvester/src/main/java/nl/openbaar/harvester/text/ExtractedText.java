package nl.openbaar.harvester.text;

/**
 * What Tika read from a file: its text, detected media type, the title where the file names one, and the document as
 * Tika's XHTML, which keeps what plain text loses: the tables of a Word document or of a tagged PDF (from its structure
 * tree), the pages and paragraphs of an untagged PDF.
 *
 * @param layoutXhtml for a tagged PDF, the XHTML of its page layout (a div per page), where {@code xhtml} follows its
 *                    structure and has no pages; empty otherwise
 */
public record ExtractedText(String text, String mediaType, String title, String xhtml, String layoutXhtml) {
    public ExtractedText(String text, String mediaType, String title) {
        this(text, mediaType, title, "", "");
    }

    /** A PDF whose XHTML follows its structure tree (tables as tables), with its page layout beside it. */
    public boolean isTaggedPdf() {
        return !layoutXhtml.isEmpty();
    }
}
