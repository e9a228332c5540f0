package nl.kansrijk.app.evaluation;

import nl.kansrijk.app.ApiClient;
import nl.kansrijk.app.ApiClient.Answer;
import nl.kansrijk.app.TestServer;
import nl.kansrijk.app.roster.demo.DemoSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A study in the demo school: four tutored pupils of class 1A and the other year-1 pupils as the
 * comparison group, two of whom practise. Pre window 6–4 days ago, post window yesterday and today.
 */
class EvaluationApiTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static TestServer server;
    private static ApiClient evaluator;
    private static long studyId;
    private static final List<Long> tutored = new ArrayList<>();
    private static final List<Long> practisingComparison = new ArrayList<>();

    @BeforeAll
    static void runAStudy() {
        server = TestServer.startWithDemo();
        evaluator = ApiClient.signedIn(server.baseUrl(), DemoSetup.EVALUATOR, DemoSetup.PASSWORD);
        StudyFixture fixture = StudyFixture.practiseAndEnrol(server.baseUrl());
        tutored.addAll(fixture.tutored());
        practisingComparison.addAll(fixture.practisingComparison());
        LocalDate today = LocalDate.now(ZONE);
        Answer created = evaluator.post("/api/evaluation/studies", Map.of("name", "HDT rekenen 2026",
                "preFrom", today.minusDays(6).toString(), "preTo", today.minusDays(4).toString(),
                "postFrom", today.minusDays(1).toString(), "postTo", today.toString(), "comparison", "SAME_YEARS"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        studyId = created.json().path("id").asLong();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void POST_study_takesEnrolledPupilsAsTutoredAndTheirYearAsComparison() {
        JsonNode study = null;
        for (JsonNode s : evaluator.get("/api/evaluation/studies").json()) {
            if (s.path("id").asLong() == studyId) {
                study = s;
            }
        }

        assertThat(study.path("tutored").asInt()).isEqualTo(4);
        assertThat(study.path("comparisonPupils").asInt()).as("150 pupils in year 1 minus the 4 tutored").isEqualTo(146);
    }

    @Test
    void POST_study_withAChosenComparisonGroup_takesTheSchoolsPupilNumbers() {
        LocalDate today = LocalDate.now(ZONE);
        Map<String, Object> study = new HashMap<>(Map.of("name", "Gekozen vergelijking", "preFrom", today.minusDays(6).toString(),
                "preTo", today.minusDays(4).toString(), "postFrom", today.minusDays(1).toString(), "postTo", today.toString(),
                "comparison", "CHOSEN", "comparisonPupilNumbers", List.of("240010", "240011")));

        Answer created = evaluator.post("/api/evaluation/studies", study);
        study.put("comparisonPupilNumbers", List.of("240010", "999999"));
        Answer refused = evaluator.post("/api/evaluation/studies", study);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("comparisonPupils").asInt()).isEqualTo(2);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("message").asString()).contains("999999");
    }

    @Test
    void GET_results_countsMissingMeasuresAndAgreesWithTheAnswerLog() {
        JsonNode results = evaluator.get("/api/evaluation/studies/" + studyId + "/results").json();
        JsonNode addition = results.path("measures").get(0);

        assertThat(addition.path("measure").asString()).isEqualTo("practice:addition");
        assertThat(addition.path("tutored").path("complete").asInt()).isEqualTo(4);
        assertThat(addition.path("comparison").path("complete").asInt()).isEqualTo(2);
        assertThat(addition.path("comparison").path("missingPre").asInt()).isEqualTo(144);
        assertThat(addition.path("tutored").path("meanPre").asDouble())
                .isCloseTo(meanLastRating(tutored, LocalDate.now(ZONE).minusDays(3)), within(1e-9));
        assertThat(addition.path("tutored").path("meanPost").asDouble())
                .isCloseTo(meanLastRating(tutored, LocalDate.now(ZONE).plusDays(1)), within(1e-9));
        assertThat(addition.path("hedgesG").path("n1").asInt()).isEqualTo(4);
        assertThat(addition.path("hedgesG").path("lower").asDouble())
                .isLessThan(addition.path("hedgesG").path("g").asDouble());
        assertThat(addition.path("scatter").size()).isEqualTo(6);
        assertThat(results.path("growth").size()).isGreaterThan(0);
    }

    @Test
    void exports_carryNoNamesNorSchoolIdsAndAreLogged() {
        long before = exportsLogged();
        StringBuilder everything = new StringBuilder();
        for (String file : List.of("long.csv", "wide.csv", "codebook.md", "codebook.json")) {
            Answer export = evaluator.get("/api/evaluation/studies/" + studyId + "/export/" + file);
            assertThat(export.status()).isEqualTo(200);
            everything.append(export.body());
        }

        String all = everything.toString();
        server.database().jdbi().useHandle(h -> h.createQuery("SELECT external_id, first_name, last_name FROM pupil")
                .map((rs, ctx) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).list()
                .forEach(pupil -> {
                    assertThat(all).doesNotContain(pupil.get(0));
                    assertThat(all).doesNotContain(pupil.get(1) + " " + pupil.get(2));
                    assertThat(all).doesNotContain(pupil.get(2));
                }));
        assertThat(exportsLogged()).isEqualTo(before + 4);
        String wide = evaluator.get("/api/evaluation/studies/" + studyId + "/export/wide.csv").body();
        assertThat(wide.lines().findFirst().orElseThrow()).startsWith("study_id,group,year,planned_minutes_per_week,attended_minutes_per_week,"
                + "practice_addition_pre,practice_addition_post,practice_addition_gain");
        assertThat(wide.lines().count()).as("header + 150 pupils").isEqualTo(151);
    }

    @Test
    void POST_testImport_isAllOrNothingAndAddsATestMeasure() {
        LocalDate pre = LocalDate.now(ZONE).minusDays(5);
        LocalDate post = LocalDate.now(ZONE);
        String good = "pupil_id;test;scale;date;score\n"
                + "240001;DIA rekenen;vaardigheidsscore;" + pre + ";101\n240001;DIA rekenen;vaardigheidsscore;" + post + ";112,5\n";
        String bad = good + "999999;DIA rekenen;vaardigheidsscore;gisteren;x\n";

        Answer refused = evaluator.upload("/api/evaluation/tests/import", Map.of("toetsen.csv", bad.getBytes(StandardCharsets.UTF_8)));
        Answer stored = evaluator.upload("/api/evaluation/tests/import", Map.of("toetsen.csv", good.getBytes(StandardCharsets.UTF_8)));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("problems")).hasSize(3);
        assertThat(refused.json().path("problems").get(0).path("line").asInt()).isEqualTo(4);
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        JsonNode measures = evaluator.get("/api/evaluation/studies/" + studyId + "/results").json().path("measures");
        JsonNode dia = null;
        for (JsonNode m : measures) {
            if (m.path("measure").asString().equals("test:DIA rekenen")) {
                dia = m;
            }
        }
        assertThat(dia).isNotNull();
        assertThat(dia.path("tutored").path("meanGain").asDouble()).isCloseTo(11.5, within(1e-9));
    }

    private static long exportsLogged() {
        return server.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM export_log").mapTo(Long.class).one());
    }

    /** Mean over the pupils of their last logged rating before the given day: computed from the answer log directly. */
    private static double meanLastRating(List<Long> pupils, LocalDate before) {
        Instant end = before.atStartOfDay(ZONE).toInstant();
        return pupils.stream().mapToDouble(pupil -> server.database().jdbi().withHandle(h -> h.createQuery("""
                        SELECT theta_after FROM practice_answer WHERE pupil_id = :p AND domain = 'addition' AND answered_at < :end
                        ORDER BY answered_at DESC LIMIT 1""").bind("p", pupil).bind("end", end).mapTo(Double.class).one()))
                .average().orElseThrow();
    }
}
