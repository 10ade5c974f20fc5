package nl.openbaar.harvester;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import nl.openbaar.harvester.source.Source;

/**
 * Reads a source's bytes from its file or URL, with a size cap and, for URLs, connect and read timeouts, at most
 * {@value #MAX_REDIRECTS} redirects and a conditional GET: given the validators of the last harvest, an unchanged
 * source comes back as {@link Fetched#isNotModified()}.
 */
public final class SourceFetcher {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;
    public static final int MAX_REDIRECTS = 5;
    private static final List<Integer> REDIRECTS = List.of(301, 302, 303, 307, 308);

    private final Duration readTimeout;
    private final long maxBytes;
    /** Redirects are followed here, not by the client, whose limit cannot be set per client. */
    private final HttpClient http;

    public SourceFetcher() {
        this(DEFAULT_TIMEOUT, DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES);
    }

    /**
     * @param connectTimeout how long to wait for a connection
     * @param readTimeout how long to wait for the response to a request
     * @param maxBytes the largest source read; a larger one is an error
     */
    public SourceFetcher(Duration connectTimeout, Duration readTimeout, long maxBytes) {
        this.readTimeout = readTimeout;
        this.maxBytes = maxBytes;
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The source's bytes; for a file the validators are ignored. */
    public Fetched fetch(Source source, Validators previous) throws IOException {
        if (source.file().isPresent()) {
            var file = source.file().get();
            if (!Files.isRegularFile(file)) {
                throw new IOException("file not found: " + file);
            }
            if (Files.size(file) > maxBytes) {
                throw new IOException("file is larger than " + maxBytes + " bytes: " + file);
            }
            return Fetched.of(Files.readAllBytes(file), Validators.NONE);
        }
        return fetch(source.url().orElseThrow(), previous);
    }

    private Fetched fetch(URI url, Validators previous) throws IOException {
        URI current = url;
        for (int redirects = 0; ; redirects++) {
            HttpResponse<InputStream> response = send(request(current, previous));
            try (InputStream body = response.body()) {
                int status = response.statusCode();
                if (REDIRECTS.contains(status)) {
                    if (redirects == MAX_REDIRECTS) {
                        throw new IOException("more than " + MAX_REDIRECTS + " redirects from " + url);
                    }
                    current = redirectTarget(current, response);
                    continue;
                }
                if (status == 304 && !previous.isEmpty()) {
                    return Fetched.notModified(previous);
                }
                if (status != 200) {
                    throw new IOException("HTTP " + status + " for " + current);
                }
                return Fetched.of(readCapped(body, response, current), validators(response));
            }
        }
    }

    private HttpRequest request(URI url, Validators previous) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(readTimeout).GET();
        previous.etag().ifPresent(etag -> request.header("If-None-Match", etag));
        previous.lastModified().ifPresent(date -> request.header("If-Modified-Since", date));
        return request.build();
    }

    private HttpResponse<InputStream> send(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new IOException("no response within " + readTimeout.toMillis() + " ms from " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + request.uri(), e);
        }
    }

    private static URI redirectTarget(URI from, HttpResponse<?> response) throws IOException {
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new IOException("HTTP " + response.statusCode() + " without a Location from " + from));
        URI target = from.resolve(location);
        if (!List.of("http", "https").contains(String.valueOf(target.getScheme()))) {
            throw new IOException("redirect to a URL that is not http(s): " + target);
        }
        return target;
    }

    private byte[] readCapped(InputStream body, HttpResponse<?> response, URI url) throws IOException {
        OptionalLong length = response.headers().firstValueAsLong("Content-Length");
        if (length.isPresent() && length.getAsLong() > maxBytes) {
            throw new IOException("response is larger than " + maxBytes + " bytes (" + length.getAsLong() + "): " + url);
        }
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw new IOException("response is larger than " + maxBytes + " bytes: " + url);
        }
        return bytes;
    }

    private static Validators validators(HttpResponse<?> response) {
        Optional<String> etag = response.headers().firstValue("ETag");
        Optional<String> lastModified = response.headers().firstValue("Last-Modified");
        return new Validators(etag, lastModified);
    }
}
