package nl.kansrijk.app.ops;

import nl.kansrijk.app.ApiClient;
import nl.kansrijk.app.TestServer;
import nl.kansrijk.app.roster.demo.DemoSetup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OperationsTest {

    @Test
    void GET_health_answers200WhenTheDatabaseAnswers() {
        try (TestServer server = TestServer.startEmpty()) {
            ApiClient.Answer health = new ApiClient(server.baseUrl()).get("/health");

            assertThat(health.status()).isEqualTo(200);
            assertThat(health.json().path("database").asString()).isEqualTo("UP");
        }
    }

    @Test
    void GET_metrics_showsJvmPoolAndPerRouteTimings() {
        try (TestServer server = TestServer.startWithDemo()) {
            ApiClient coordinator = ApiClient.signedIn(server.baseUrl(), DemoSetup.COORDINATOR, DemoSetup.PASSWORD);
            coordinator.get("/api/roster/pupils/1");

            String metrics = new ApiClient(server.baseUrl()).get("/metrics").body();

            assertThat(metrics).contains("jvm_memory_used_bytes").contains("hikaricp_connections_active")
                    .contains("http_server_requests_seconds_count{application=\"kansrijk\",method=\"GET\",route=\"/api/roster/pupils/{id}\",status=\"200\"}")
                    .contains("route=\"/api/auth/login\"");
        }
    }

    @Test
    void loadDemo_twice_addsTheSchoolOnce() {
        // Demo loading twice must find the school, not add a second one.
        try (TestServer server = TestServer.startWithDemo()) {
            server.app().loadDemoIfRequested();
            int schools = server.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM school")
                    .mapTo(Integer.class).one());
            assertThat(schools).isEqualTo(1);
        }
    }
}
