package nl.openbaar.api.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/** The staff API as the tests' set-up uses it: publications and Woo requests made over HTTP with a bearer token. */
final class StaffApi {
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String origin;
    private final String token;

    StaffApi(String origin, String token) {
        this.origin = origin;
        this.token = token;
    }

    /** Creates a publication with one PDF and publishes it; returns its id. */
    String publish(String title, String description, String category, String fileName, byte[] pdf) {
        String id = concept(title, description, category, fileName, pdf);
        send("POST", "/api/v1/publications/" + id + "/publish", "application/json", "{}", 200);
        return id;
    }

    /** Creates a concept publication with one PDF; returns its id. */
    String concept(String title, String description, String category, String fileName, byte[] pdf) {
        Map<String, Object> metadata = new java.util.HashMap<>(Map.of("officialTitle", title, "informationCategories", List.of(category),
                "publisher", "GM0363", "creationDate", "2025-01-15"));
        if (description != null) {
            metadata.put("description", description);
        }
        String id = send("POST", "/api/v1/publications", "application/json", body(metadata), 201).path("id").asText();
        send(HttpRequest.newBuilder(URI.create(origin + "/api/v1/publications/" + id + "/files"))
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(pdf)), 201);
        return id;
    }

    void withdraw(String id, String reason) {
        send("POST", "/api/v1/publications/" + id + "/withdraw", "application/json", body(Map.of("reason", reason)), 200);
    }

    String request(String receivedOn, String subject, String name, String email) {
        return send("POST", "/api/v1/woo-requests", "application/json", body(Map.of("receivedOn", receivedOn, "subject", subject,
                "channel", "e-mail", "requester", Map.of("name", name, "email", email))), 201).path("request").path("id").asText();
    }

    void decide(String id, String decidedOn, String documentTitle) {
        send("POST", "/api/v1/woo-requests/" + id + "/decision", "application/json", body(Map.of("decidedOn", decidedOn,
                "outcome", "gedeeltelijke-openbaarmaking", "organisation", "GM0363", "documents", List.of(
                        Map.of("number", "1", "title", documentTitle, "judgement", "openbaar"),
                        Map.of("number", "2", "title", "Interne notitie", "judgement", "niet openbaar", "grounds", List.of("5.2"))))), 201);
    }

    private String body(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode send(String method, String path, String type, String body, int expected) {
        return send(HttpRequest.newBuilder(URI.create(origin + path)).header("Content-Type", type)
                .method(method, HttpRequest.BodyPublishers.ofString(body)), expected);
    }

    private JsonNode send(HttpRequest.Builder request, int expected) {
        try {
            HttpResponse<String> response = http.send(request.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
            }
            return json.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
