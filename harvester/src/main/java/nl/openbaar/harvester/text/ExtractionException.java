package nl.openbaar.harvester.text;

/** A source whose text cannot be read at all. */
public final class ExtractionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExtractionException(String message, Throwable cause) {
        super(message, cause);
    }
}
