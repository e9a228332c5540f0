package nl.kansrijk.app.roster;

import nl.kansrijk.app.ApiClient;
import nl.kansrijk.app.ApiClient.Answer;
import nl.kansrijk.app.TestServer;
import nl.kansrijk.app.roster.demo.DemoSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RosterImportApiTest {

    private static TestServer server;
    private static ApiClient coordinator;

    @BeforeAll
    static void start() {
        server = TestServer.startWithDemo();
        coordinator = ApiClient.signedIn(server.baseUrl(), DemoSetup.COORDINATOR, DemoSetup.PASSWORD);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Map<String, byte[]> files(String... nameAndContent) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < nameAndContent.length; i += 2) {
            files.put(nameAndContent[i], nameAndContent[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    @Test
    void POST_import_withOneBadFile_storesNothingFromAnyFile() {
        JsonNode before = coordinator.get("/api/roster/summary").json();

        Answer answer = coordinator.upload("/api/roster/import", files(
                "classes.csv", "class,year,level\n5Z,1,havo\n",
                "pupils.csv", "pupil_id,first_name,last_name,class\n990001,Nieuw,Kind,5Z\n990002,Fout,Kind,9X\n"));

        assertThat(answer.status()).isEqualTo(422);
        JsonNode problem = answer.json().path("problems").get(0);
        assertThat(problem.path("file").asString()).isEqualTo("pupils.csv");
        assertThat(problem.path("line").asInt()).isEqualTo(3);
        assertThat(problem.path("column").asInt()).isEqualTo(4);
        assertThat(problem.path("code").asString()).isEqualTo("unknownClass");
        assertThat(coordinator.get("/api/roster/summary").json()).isEqualTo(before);
    }

    @Test
    void POST_import_ofAnExistingPupil_updatesTheRowInsteadOfAddingOne() {
        JsonNode pupil = coordinator.get("/api/roster/pupils?q=240001").json().path("items").get(0);
        int pupilsBefore = coordinator.get("/api/roster/summary").json().path("pupils").asInt();

        Answer answer = coordinator.upload("/api/roster/import", files(
                "leerlingen.csv", "leerling_id;voornaam;achternaam;klas;kandidaat\n240001;Emma-Lou;Verbeek;2B;ja\n"));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode updated = coordinator.get("/api/roster/pupils/" + pupil.path("id").asLong()).json();
        assertThat(updated.path("firstName").asString()).isEqualTo("Emma-Lou");
        assertThat(updated.path("classCode").asString()).isEqualTo("2B");
        assertThat(updated.path("year").asInt()).as("year follows the new class").isEqualTo(2);
        assertThat(coordinator.get("/api/roster/summary").json().path("pupils").asInt()).isEqualTo(pupilsBefore);
    }

    @Test
    void POST_import_newPupil_appearsInListAndHasTheClassTimetable() {
        Answer answer = coordinator.upload("/api/roster/import", files(
                "pupils.csv", "pupil_id,first_name,last_name,class\n770001,Fatima,Zahra,1C\n"));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode found = coordinator.get("/api/roster/pupils?q=zahra").json();
        assertThat(found.path("total").asInt()).isEqualTo(1);
        long id = found.path("items").get(0).path("id").asLong();
        JsonNode grid = coordinator.get("/api/roster/pupils/" + id + "/timetable").json();
        long classId = found.path("items").get(0).path("classId").asLong();
        JsonNode classGrid = coordinator.get("/api/roster/classes/" + classId + "/timetable").json();
        assertThat(grid.path("lessons").size()).isGreaterThan(20).isEqualTo(classGrid.path("lessons").size());
        assertThat(grid.path("periods").size()).isEqualTo(46);
    }

    @Test
    void POST_import_withoutFiles_isRefusedWithAMessage() {
        Answer answer = coordinator.upload("/api/roster/import", Map.of());

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().path("problems").get(0).path("code").asString()).isEqualTo("emptyFile");
    }

    @Test
    void POST_signinCodes_givesEveryPupilOfTheClassAWorkingCode() {
        long classId = coordinator.get("/api/roster/classes").json().get(3).path("id").asLong();

        JsonNode codes = coordinator.post("/api/roster/classes/" + classId + "/signin-codes", Map.of()).json();

        assertThat(codes.path("pupils").size()).isEqualTo(25);
        ApiClient pupil = new ApiClient(server.baseUrl());
        Answer signIn = pupil.signInPupil(codes.path("classCode").asString().toLowerCase(),
                codes.path("pupils").get(7).path("personalCode").asString());
        assertThat(signIn.status()).isEqualTo(200);
        assertThat(signIn.json().path("role").asString()).isEqualTo("PUPIL");
        assertThat(signIn.json().path("pupilId").asLong()).isEqualTo(codes.path("pupils").get(7).path("id").asLong());
    }

    @Test
    void GET_pupils_withUnknownPupilId_answers404() {
        assertThat(coordinator.get("/api/roster/pupils/999999").status()).isEqualTo(404);
        assertThat(coordinator.get("/api/roster/pupils/abc").status()).isEqualTo(400);
    }
}
