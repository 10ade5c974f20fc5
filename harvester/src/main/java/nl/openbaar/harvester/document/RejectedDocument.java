package nl.openbaar.harvester.document;

/**
 * An upload that is refused, with a stable code (used in the problem type), an HTTP status and a reason for staff:
 * {@code unsafe-file-name}, {@code unsupported-file-type}, {@code content-type-mismatch}, {@code decompression-bomb},
 * {@code unreadable-document}.
 */
public final class RejectedDocument extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final int status;

    public RejectedDocument(String code, int status, String message) {
        super(message);
        this.code = code;
        this.status = status;
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }
}
