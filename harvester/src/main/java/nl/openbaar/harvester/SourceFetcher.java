package nl.openbaar.harvester;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import nl.openbaar.harvester.source.Source;

/** Reads a source's bytes from its file or URL, with a size cap and (for URLs) timeouts and a bounded number of redirects. */
public final class SourceFetcher {
    public static final long MAX_BYTES = 100L * 1024 * 1024;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    public byte[] fetch(Source source) throws IOException {
        if (source.file().isPresent()) {
            var file = source.file().get();
            if (!Files.isRegularFile(file)) {
                throw new IOException("file not found: " + file);
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new IOException("file is larger than " + MAX_BYTES + " bytes: " + file);
            }
            return Files.readAllBytes(file);
        }
        HttpRequest request = HttpRequest.newBuilder(source.url().orElseThrow()).timeout(TIMEOUT).GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new IOException("HTTP " + response.statusCode() + " for " + source.url().get());
                }
                byte[] bytes = body.readNBytes((int) MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw new IOException("response is larger than " + MAX_BYTES + " bytes: " + source.url().get());
                }
                return bytes;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + source.url().get(), e);
        }
    }
}
