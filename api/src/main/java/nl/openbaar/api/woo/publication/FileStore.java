package nl.openbaar.api.woo.publication;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import nl.openbaar.api.staff.AtomicFiles;

/**
 * Register files stored content-addressed: {@code <data>/woo/files/sha256/<hex>}, and the text Tika extracted from them
 * under {@code <data>/woo/text/<hex>.txt}. Uploads arrive in {@code <data>/woo/incoming/} first and only move into the
 * store once they are accepted, so a refused upload leaves nothing behind.
 */
public final class FileStore {
    private final Path files;
    private final Path texts;
    private final Path incoming;

    public FileStore(Path wooDirectory) {
        this.files = wooDirectory.resolve("files").resolve("sha256");
        this.texts = wooDirectory.resolve("text");
        this.incoming = wooDirectory.resolve("incoming");
    }

    /** An upload being received: at most {@code limit} bytes are copied; more throws {@link TooLarge} (the temp file is gone). */
    public Incoming receive(InputStream body, long limit) {
        try {
            Files.createDirectories(incoming);
            Path temp = Files.createTempFile(incoming, "upload-", ".part");
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                long size = 0;
                try (InputStream in = new DigestInputStream(body, sha); var out = Files.newOutputStream(temp)) {
                    byte[] buffer = new byte[64 * 1024];
                    int read;
                    while ((read = in.read(buffer)) > 0) {
                        size += read;
                        if (size > limit) {
                            throw new TooLarge(limit);
                        }
                        out.write(buffer, 0, read);
                    }
                }
                return new Incoming(temp, HexFormat.of().formatHex(sha.digest()), size);
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Moves an accepted upload into the store under its digest (a file already there stays as it is). */
    public void keep(Incoming upload, String text) {
        try {
            Files.createDirectories(files);
            Path target = content(upload.sha256());
            if (Files.exists(target)) {
                Files.delete(upload.path());
            } else {
                try {
                    Files.move(upload.path(), target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(upload.path(), target);
                }
            }
            AtomicFiles.write(texts.resolve(upload.sha256() + ".txt"), text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void discard(Incoming upload) {
        try {
            Files.deleteIfExists(upload.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path content(String sha256) {
        return files.resolve(sha256);
    }

    public String text(String sha256) {
        try {
            Path file = texts.resolve(sha256 + ".txt");
            return Files.isRegularFile(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An upload received but not yet accepted. */
    public record Incoming(Path path, String sha256, long size) {
    }

    /** An upload over the size limit. */
    public static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("the upload is larger than " + limit + " bytes");
        }
    }
}
