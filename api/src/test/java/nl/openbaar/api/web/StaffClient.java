package nl.openbaar.api.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;

/**
 * A browser-like HTTP client for the staff pages: keeps the session cookie, reads the CSRF token from the forms and
 * follows no redirects, so the tests see every answer.
 */
final class StaffClient {
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final PublicSite site;
    private String cookie;
    private String csrf;

    StaffClient(PublicSite site) {
        this.site = site;
    }

    /** Opens the sign-in form and signs in with {@code token}; the client then holds the new session. */
    static StaffClient signedIn(PublicSite site, String token) {
        StaffClient client = new StaffClient(site);
        client.get("/beheer/aanmelden");
        HttpResponse<String> answer = client.post("/beheer/aanmelden", Map.of("token", token));
        if (answer.statusCode() != 303) {
            throw new IllegalStateException("sign-in answered " + answer.statusCode());
        }
        return client;
    }

    HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(site.url(path))).header("Accept", "text/html").GET());
        String token = Jsoup.parse(response.body()).select("input[name=csrf]").attr("value");
        if (!token.isEmpty()) {
            csrf = token;
        }
        return response;
    }

    /** A form POST with the CSRF token the last page gave, from this server's origin. */
    HttpResponse<String> post(String path, Map<String, String> form) {
        Map<String, String> all = new LinkedHashMap<>(form);
        if (csrf != null) {
            all.putIfAbsent("csrf", csrf);
        }
        return postExactly(path, all, site.origin());
    }

    /** A form POST of exactly these fields, with the given Origin header (null: none). */
    HttpResponse<String> postExactly(String path, Map<String, String> form, String origin) {
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(site.url(path))).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return send(request);
    }

    String csrf() {
        return csrf;
    }

    String cookie() {
        return cookie;
    }

    void useCookie(String value) {
        cookie = value;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (cookie != null) {
            request.header("Cookie", StaffCookie.NAME + "=" + cookie);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String set : response.headers().allValues("Set-Cookie")) {
                StaffCookie parsed = StaffCookie.parse(set);
                if (parsed.name().equals(StaffCookie.NAME)) {
                    cookie = parsed.maxAgeZero() ? null : parsed.value();
                }
            }
            return response;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A Set-Cookie header taken apart: name, value and attributes (names lower-cased). */
    record StaffCookie(String name, String value, Map<String, String> attributes) {
        static final String NAME = "openbaar_beheer";

        static StaffCookie parse(String header) {
            List<String> parts = List.of(header.split(";"));
            String[] pair = parts.get(0).trim().split("=", 2);
            Map<String, String> attributes = new LinkedHashMap<>();
            for (String part : parts.subList(1, parts.size())) {
                String[] kv = part.trim().split("=", 2);
                attributes.put(kv[0].toLowerCase(java.util.Locale.ROOT), kv.length > 1 ? kv[1] : "");
            }
            return new StaffCookie(pair[0], pair.length > 1 ? pair[1] : "", attributes);
        }

        boolean maxAgeZero() {
            return "0".equals(attributes.get("max-age"));
        }
    }
}
