package nl.kansrijk.app;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** A browser-like HTTP client for tests: keeps the session cookie and sends the CSRF token. */
public final class ApiClient {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    /** An answer: status and body, with the body parsed on demand. */
    public record Answer(int status, String body) {
        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    private final String baseUrl;
    private final HttpClient http;
    private String csrfToken = "";

    public ApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    public static ApiClient signedIn(String baseUrl, String username, String password) {
        ApiClient client = new ApiClient(baseUrl);
        Answer answer = client.signIn(username, password);
        if (answer.status() != 200) {
            throw new IllegalStateException("sign-in of " + username + " failed: " + answer);
        }
        return client;
    }

    public Answer signIn(String username, String password) {
        return remember(post("/api/auth/login", Map.of("username", username, "password", password)));
    }

    public Answer signInPupil(String classCode, String personalCode) {
        return remember(post("/api/auth/pupil-login", Map.of("classCode", classCode, "personalCode", personalCode)));
    }

    public String csrfToken() {
        return csrfToken;
    }

    public void forgetCsrfToken() {
        csrfToken = "";
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    public Answer post(String path, Object body) {
        return postRaw(path, JSON.writeValueAsString(body));
    }

    public Answer postRaw(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer send(String method, String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Uploads files as multipart/form-data under the field name {@code files}, as the import page does. */
    public Answer upload(String path, Map<String, byte[]> files) {
        String boundary = "----kansrijk" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                        + file.getKey() + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.write(file.getValue());
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private Answer send(HttpRequest.Builder request) {
        if (!csrfToken.isEmpty()) {
            request.header("X-CSRF-Token", csrfToken);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Answer remember(Answer answer) {
        if (answer.status() == 200) {
            csrfToken = answer.json().path("csrfToken").asString();
        }
        return answer;
    }
}
