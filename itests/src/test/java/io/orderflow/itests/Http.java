package io.orderflow.itests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/** A small HTTP/JSON client for Orderflow's REST API on loopback. */
public final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public Http(int port) {
        this.base = "http://127.0.0.1:" + port + "/api";
    }

    /** A response with its body parsed as JSON when it is JSON. */
    public record Reply(int status, String body, HttpResponse<String> raw) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }
    }

    public Reply get(String path, String user, String password) {
        return send(request(path, user, password).GET());
    }

    /** A GET that asks for another media type than JSON, such as {@code text/csv}. */
    public Reply get(String path, String accept, String user, String password) {
        return send(request(path, user, password).setHeader("Accept", accept).GET());
    }

    public Reply post(String path, String json, String user, String password) {
        return post(path, "application/json", json, user, password);
    }

    public Reply post(String path, String contentType, String body, String user, String password) {
        return send(request(path, user, password).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /**
     * Any request: a method, raw body bytes (null for none) sent with a length, or streamed without one when
     * {@code chunked}, and further headers (Origin, say).
     */
    public Reply send(String method, String path, String contentType, byte[] body, boolean chunked, String user,
                      String password, Map<String, String> headers) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody() : chunked
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);
        HttpRequest.Builder request = request(path, user, password).method(method, publisher);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        return send(request);
    }

    public Reply patch(String path, String json, String user, String password) {
        return withJson("PATCH", path, json, user, password);
    }

    public Reply put(String path, String json, String user, String password) {
        return withJson("PUT", path, json, user, password);
    }

    private Reply withJson(String method, String path, String json, String user, String password) {
        return send(request(path, user, password).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** The body of a configuration change: the settings (JSON of an object) and the reason the audit trail keeps. */
    public static String configChange(String settingsJson) {
        return "{\"settings\":" + settingsJson + ",\"reason\":\"set by an integration test\"}";
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private HttpRequest.Builder request(String path, String user, String password) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + token);
        }
        return builder;
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException("HTTP call failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
