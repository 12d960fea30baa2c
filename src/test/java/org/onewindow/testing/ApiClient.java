package org.onewindow.testing;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A small synchronous client of the OneWindow HTTP API for tests. */
public final class ApiClient {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;

    public ApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A response: status, headers and body text, with the body as JSON on demand. */
    public record Response(int status, String contentType, String body) {
        public JsonObject json() {
            return new JsonObject(body);
        }

        public JsonArray jsonArray() {
            return new JsonArray(body);
        }

        public String errorCode() {
            return json().getJsonObject("error").getString("code");
        }
    }

    /** A conversation as created: its id and token. */
    public record Conversation(String id, String token, JsonObject created) {}

    /** Logs a staff account in and returns its session token. */
    public String staffLogin(String username, String password) {
        Response r = post(
                "/api/v1/staff/login",
                null,
                new JsonObject().put("username", username).put("password", password));
        if (r.status() != 200) {
            throw new AssertionError("staff login of " + username + " gave " + r.status() + ": " + r.body());
        }
        return r.json().getString("token");
    }

    public Response get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    public Response post(String path, String token, String rawBody) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(rawBody, StandardCharsets.UTF_8))
                .build());
    }

    public Response post(String path, String token, JsonObject body) {
        return post(path, token, body.encode());
    }

    /** Uploads {@code content} as the multipart part {@code file} named {@code fileName}. */
    public Response upload(Conversation c, String fileName, byte[] content) {
        return multipart(
                "/api/v1/conversations/" + c.id() + "/files", c.token(), java.util.Map.of(), fileName, content);
    }

    /** A multipart POST with form {@code fields} and the part {@code file}. */
    public Response multipart(
            String path, String token, java.util.Map<String, String> fields, String fileName, byte[] content) {
        String boundary = "----onewindow" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        body.writeBytes(head);
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path, token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    /** A POST signed with Standard Webhooks headers, as approval systems and messaging platforms send. */
    public Response postSigned(String path, String secret, String messageId, long timestamp, String body) {
        String signature =
                org.onewindow.signing.WebhookSigner.fromSecret(secret).sign(messageId, timestamp, body);
        return send(request(path, null)
                .header("Content-Type", "application/json")
                .header("webhook-id", messageId)
                .header("webhook-timestamp", String.valueOf(timestamp))
                .header("webhook-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
    }

    public Response delete(String path, String token) {
        return send(request(path, token).DELETE().build());
    }

    public Conversation createConversation(JsonObject body) {
        Response r = post("/api/v1/conversations", null, body);
        if (r.status() != 201) {
            throw new AssertionError("creating a conversation gave " + r.status() + ": " + r.body());
        }
        JsonObject created = r.json();
        return new Conversation(created.getString("id"), created.getString("token"), created);
    }

    public Conversation createConversation(String locale) {
        return createConversation(new JsonObject().put("channel", "web").put("locale", locale));
    }

    public Response say(Conversation c, String text) {
        return post("/api/v1/conversations/" + c.id() + "/messages", c.token(), new JsonObject().put("text", text));
    }

    public Response press(Conversation c, String action) {
        return post("/api/v1/conversations/" + c.id() + "/messages", c.token(), new JsonObject().put("action", action));
    }

    public Response history(Conversation c) {
        return get("/api/v1/conversations/" + c.id() + "/messages", c.token());
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private static Response send(HttpRequest request) {
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(
                    r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new IllegalStateException("no HTTP response for " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
