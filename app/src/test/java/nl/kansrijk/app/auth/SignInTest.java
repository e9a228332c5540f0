package nl.kansrijk.app.auth;

import nl.kansrijk.app.ApiClient;
import nl.kansrijk.app.ApiClient.Answer;
import nl.kansrijk.app.TestServer;
import nl.kansrijk.app.roster.demo.DemoSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SignInTest {

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.startWithDemo();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void POST_login_setsAnHttpOnlyStrictSessionCookie() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                        + "/api/auth/login")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"coordinator\",\"password\":\"kansrijk-demo\"}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith(AccessGuard.SESSION_COOKIE + "=").contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
    }

    @Test
    void POST_login_withWrongPassword_answers401() {
        Answer answer = new ApiClient(server.baseUrl()).signIn(DemoSetup.EVALUATOR, "not-the-password");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().path("message").asString()).isEqualTo("Unknown username or wrong password.");
    }

    @Test
    void POST_login_afterTenFailures_isThrottledEvenWithTheRightPassword() {
        ApiClient client = new ApiClient(server.baseUrl());
        for (int i = 0; i < 10; i++) {
            assertThat(client.signIn(DemoSetup.TUTOR, "guess-" + i).status()).isEqualTo(401);
        }

        assertThat(client.signIn(DemoSetup.TUTOR, DemoSetup.PASSWORD).status()).isEqualTo(429);
    }

    @Test
    void POST_pupilLogin_withDemoClassCode_signsInThePupil() {
        Answer answer = new ApiClient(server.baseUrl()).signInPupil(" demo1a ", DemoSetup.personalCode(2).toLowerCase());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("role").asString()).isEqualTo("PUPIL");
    }

    @Test
    void POST_pupilLogin_withWrongPersonalCode_answers401() {
        assertThat(new ApiClient(server.baseUrl()).signInPupil(DemoSetup.CLASS_CODE, "ZZZZZ").status()).isEqualTo(401);
    }

    @Test
    void stateChangingRequest_withoutCsrfToken_isRefused() {
        ApiClient coordinator = ApiClient.signedIn(server.baseUrl(), DemoSetup.COORDINATOR, DemoSetup.PASSWORD);
        coordinator.forgetCsrfToken();

        Answer answer = coordinator.upload("/api/roster/import", Map.of());

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json().path("message").asString()).contains("X-CSRF-Token");
    }

    @Test
    void POST_logout_endsTheSession() {
        ApiClient coordinator = ApiClient.signedIn(server.baseUrl(), DemoSetup.COORDINATOR, DemoSetup.PASSWORD);
        assertThat(coordinator.get("/api/roster/summary").status()).isEqualTo(200);

        assertThat(coordinator.post("/api/auth/logout", Map.of()).status()).isEqualTo(204);

        assertThat(coordinator.get("/api/roster/summary").status()).isEqualTo(401);
    }

    @Test
    void POST_login_withBrokenJson_answers400WithAMessage() {
        Answer answer = new ApiClient(server.baseUrl()).postRaw("/api/auth/login", "{\"username\": ");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("message").asString()).startsWith("The request body is not valid JSON");
        assertThat(answer.body()).doesNotContain("at nl.kansrijk").doesNotContain("Exception");
    }

    @Test
    void passwords_areStoredAsArgon2idHashes() {
        String hash = server.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT password_hash FROM app_user WHERE username = 'coordinator'").mapTo(String.class).one());

        assertThat(hash).startsWith("$argon2id$").doesNotContain(DemoSetup.PASSWORD);
    }
}
