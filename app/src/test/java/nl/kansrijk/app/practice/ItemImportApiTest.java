package nl.kansrijk.app.practice;

import nl.kansrijk.app.ApiClient;
import nl.kansrijk.app.ApiClient.Answer;
import nl.kansrijk.app.TestServer;
import nl.kansrijk.app.roster.demo.DemoSetup;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ItemImportApiTest {

    private static final String GOOD = """
            id;domain;prompt;answer;answer_type;level;difficulty
            wk1;multiplication;12 × 12;144;number;vo1;0,5
            wk2;fractions;1/2 + 1/4;3/4;fraction;groep7;
            """;

    @Test
    void POST_itemImport_isAllOrNothingAndServesTheItemsToTheSchoolOnly() {
        try (TestServer server = TestServer.startWithDemo()) {
            ApiClient coordinator = ApiClient.signedIn(server.baseUrl(), DemoSetup.COORDINATOR, DemoSetup.PASSWORD);
            String bad = GOOD.replace("3/4;fraction", "3/4;breuk");

            Answer refused = coordinator.upload("/api/practice/items/import", Map.of("items.csv", bad.getBytes(StandardCharsets.UTF_8)));
            Answer accepted = coordinator.upload("/api/practice/items/import", Map.of("items.csv", GOOD.getBytes(StandardCharsets.UTF_8)));

            assertThat(refused.status()).isEqualTo(422);
            JsonNode problem = refused.json().path("problems").get(0);
            assertThat(problem.path("file").asString()).isEqualTo("items.csv");
            assertThat(problem.path("line").asInt()).isEqualTo(3);
            assertThat(problem.path("columnName").asString()).isEqualTo("answer_type");
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
            assertThat(accepted.json().path("items").asInt()).isEqualTo(2);

            ApiClient pupil = new ApiClient(server.baseUrl());
            pupil.signInPupil(DemoSetup.CLASS_CODE, DemoSetup.personalCode(9));
            long school = pupil.get("/api/auth/me").json().path("schoolId").asLong();
            Answer own = pupil.post("/api/practice/multiplication/answers", Map.of("answerId", UUID.randomUUID().toString(),
                    "itemId", "s" + school + "/wk1", "answer", "144", "responseMillis", 4000, "difficulty", "MEDIUM"));
            Answer foreign = pupil.post("/api/practice/multiplication/answers", Map.of("answerId", UUID.randomUUID().toString(),
                    "itemId", "s" + (school + 1) + "/wk1", "answer", "144", "responseMillis", 4000, "difficulty", "MEDIUM"));
            assertThat(own.status()).as(own.body()).isEqualTo(200);
            assertThat(own.json().path("outcome").asString()).isEqualTo("CORRECT");
            assertThat(foreign.status()).isEqualTo(400);
        }
    }
}
