package nl.kansrijk.app.roster;

import nl.kansrijk.app.ApiClient;
import nl.kansrijk.app.ApiClient.Answer;
import nl.kansrijk.app.TestServer;
import nl.kansrijk.app.roster.demo.DemoSetup;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real week of Kottenpark College, Enschede (XHSTT archive, benchmarks/data/kottenpark2005):
 * its CSV files import as they are, and afterwards every pupil is busy in exactly the periods
 * that the data set's own busy.csv lists.
 */
class KottenparkImportTest {

    private static final Path DATA = Path.of("..", "benchmarks", "data", "kottenpark2005");
    private static final List<String> FILES = List.of("timeslots.csv", "classes.csv", "pupils.csv", "lessons.csv",
            "lesson_pupils.csv");

    private static TestServer server;
    private static ApiClient coordinator;
    private static long school;

    @BeforeAll
    static void createSchool() {
        server = TestServer.startWithDemo();
        ApiClient admin = ApiClient.signedIn(server.baseUrl(), DemoSetup.ADMIN, DemoSetup.PASSWORD);
        school = admin.post("/api/admin/schools", Map.of("name", "Kottenpark College")).json().path("id").asLong();
        admin.post("/api/admin/schools/" + school + "/users", Map.of("role", "COORDINATOR", "username", "kottenpark",
                "displayName", "Roostermaker", "password", "kottenpark-2005"));
        coordinator = ApiClient.signedIn(server.baseUrl(), "kottenpark", "kottenpark-2005");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void import_realTimetable_makesEveryPupilBusyExactlyAsBusyCsvSays() throws IOException {
        Answer answer = coordinator.upload("/api/roster/import", files());

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().path("stored").path("pupils").asInt()).isEqualTo(992);
        assertThat(answer.json().path("stored").path("lessons").asInt()).isEqualTo(1235);
        assertThat(busyAfterImport()).isEqualTo(expectedBusy());
    }

    @Test
    void import_sameFilesTwice_updatesInsteadOfDuplicating() throws IOException {
        assertThat(coordinator.upload("/api/roster/import", files()).status()).isEqualTo(200);
        assertThat(coordinator.upload("/api/roster/import", files()).status()).isEqualTo(200);

        var summary = coordinator.get("/api/roster/summary").json();
        assertThat(summary.path("pupils").asInt()).isEqualTo(992);
        assertThat(summary.path("classes").asInt()).isEqualTo(45);
        assertThat(summary.path("lessons").asInt()).isEqualTo(1235);
        assertThat(busyAfterImport()).isEqualTo(expectedBusy());
    }

    private static Map<String, byte[]> files() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : FILES) {
            files.put(name, Files.readAllBytes(DATA.resolve(name)));
        }
        return files;
    }

    private static Set<String> busyAfterImport() {
        Set<String> busy = new HashSet<>();
        server.database().jdbi().onDemand(RosterStore.class).busyPeriods(school)
                .forEach(row -> busy.add(row.pupilExternalId() + "|" + row.day() + "|" + row.period()));
        return busy;
    }

    private static Set<String> expectedBusy() throws IOException {
        Set<String> busy = new HashSet<>();
        try (Reader reader = Files.newBufferedReader(DATA.resolve("busy.csv"))) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                busy.add(row.get("pupil_id") + "|" + row.get("day") + "|" + row.get("period"));
            }
        }
        assertThat(busy).as("busy.csv has one row per busy (pupil, period)").hasSize(30197);
        return busy;
    }
}
