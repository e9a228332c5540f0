package nl.kansrijk.app.auth;

import io.javalin.router.ParsedEndpoint;
import io.javalin.security.RouteRole;
import nl.kansrijk.app.ApiClient;
import nl.kansrijk.app.ApiClient.Answer;
import nl.kansrijk.app.TestServer;
import nl.kansrijk.app.roster.demo.DemoSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static nl.kansrijk.app.auth.Role.ADMIN;
import static nl.kansrijk.app.auth.Role.ANYONE;
import static nl.kansrijk.app.auth.Role.COORDINATOR;
import static nl.kansrijk.app.auth.Role.EVALUATOR;
import static nl.kansrijk.app.auth.Role.TUTOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every registered route with every role, anonymously, and as users of another school.
 * The expectations below must name every route: a new route fails this test until its access
 * rule is written down here.
 */
class RouteAccessTest {

    /** Who may call each route ("METHOD path" as registered). */
    private static final Map<String, Set<Role>> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("POST /api/auth/login", EnumSet.of(ANYONE));
        EXPECTED.put("POST /api/auth/pupil-login", EnumSet.of(ANYONE));
        EXPECTED.put("GET /api/auth/me", EnumSet.of(ANYONE));
        EXPECTED.put("GET /health", EnumSet.of(ANYONE));
        EXPECTED.put("GET /metrics", EnumSet.of(ANYONE));
        EXPECTED.put("GET /api/admin/schools", EnumSet.of(ADMIN));
        EXPECTED.put("POST /api/admin/schools", EnumSet.of(ADMIN));
        EXPECTED.put("POST /api/admin/schools/{id}/users", EnumSet.of(ADMIN));
        EXPECTED.put("GET /api/roster/summary", EnumSet.of(COORDINATOR, TUTOR, EVALUATOR));
        EXPECTED.put("GET /api/roster/pupils", EnumSet.of(COORDINATOR));
        EXPECTED.put("GET /api/roster/pupils/{id}", EnumSet.of(COORDINATOR));
        EXPECTED.put("GET /api/roster/pupils/{id}/timetable", EnumSet.of(COORDINATOR));
        EXPECTED.put("GET /api/roster/classes", EnumSet.of(COORDINATOR));
        EXPECTED.put("GET /api/roster/classes/{id}/timetable", EnumSet.of(COORDINATOR));
        EXPECTED.put("POST /api/roster/classes/{id}/signin-codes", EnumSet.of(COORDINATOR));
        EXPECTED.put("GET /api/roster/tutors", EnumSet.of(COORDINATOR));
        EXPECTED.put("GET /api/roster/rooms", EnumSet.of(COORDINATOR));
        EXPECTED.put("GET /api/roster/periods", EnumSet.of(COORDINATOR, TUTOR));
        EXPECTED.put("POST /api/roster/import", EnumSet.of(COORDINATOR));
        for (String route : List.of("GET /api/schedule/settings", "PUT /api/schedule/settings", "GET /api/schedule/enrolments",
                "POST /api/schedule/enrolments", "DELETE /api/schedule/enrolments/{id}", "GET /api/schedule/pairs",
                "POST /api/schedule/pairs/form", "PUT /api/schedule/pairs/{id}/fixed", "PUT /api/schedule/pairs/{id}/tutor",
                "POST /api/schedule/pairs/{id}/split", "POST /api/schedule/runs", "GET /api/schedule/runs/latest",
                "GET /api/schedule/runs/{runId}", "DELETE /api/schedule/runs/{runId}", "GET /api/schedule/week",
                "PATCH /api/schedule/sessions/{id}", "GET /api/schedule/explanation", "GET /api/schedule/absences",
                "POST /api/schedule/absences", "DELETE /api/schedule/absences/{id}/{day}", "POST /api/schedule/publish",
                "GET /api/schedule/versions", "GET /api/schedule/grid/{kind}/{id}", "POST /api/schedule/calendar-links")) {
            EXPECTED.put(route, EnumSet.of(COORDINATOR));
        }
        EXPECTED.put("GET /api/practice/me", EnumSet.of(Role.PUPIL));
        EXPECTED.put("POST /api/practice/{domain}/next", EnumSet.of(Role.PUPIL));
        EXPECTED.put("POST /api/practice/{domain}/answers", EnumSet.of(Role.PUPIL));
        EXPECTED.put("GET /api/practice/pupils/{id}", EnumSet.of(COORDINATOR, TUTOR));
        EXPECTED.put("POST /api/practice/items/import", EnumSet.of(COORDINATOR));
        EXPECTED.put("GET /api/evaluation/studies", EnumSet.of(EVALUATOR));
        EXPECTED.put("POST /api/evaluation/studies", EnumSet.of(EVALUATOR));
        EXPECTED.put("GET /api/evaluation/studies/{id}/results", EnumSet.of(EVALUATOR));
        EXPECTED.put("GET /api/evaluation/studies/{id}/export/{file}", EnumSet.of(EVALUATOR));
        EXPECTED.put("POST /api/evaluation/tests/import", EnumSet.of(EVALUATOR, COORDINATOR));
        EXPECTED.put("GET /api/sessions/my-week", EnumSet.of(TUTOR));
        EXPECTED.put("PUT /api/sessions/records/{id}/{date}", EnumSet.of(TUTOR, COORDINATOR));
        EXPECTED.put("GET /api/sessions/records/{id}/{date}", EnumSet.of(TUTOR, COORDINATOR));
        EXPECTED.put("POST /api/sessions/contacts", EnumSet.of(TUTOR));
        EXPECTED.put("GET /api/sessions/contacts", EnumSet.of(TUTOR, COORDINATOR));
        EXPECTED.put("GET /api/sessions/dosage", EnumSet.of(COORDINATOR));
        // The secret link is the credential (calendar apps carry no cookie).
        EXPECTED.put("GET /calendar/{token}", EnumSet.of(ANYONE));
        // Last: signing out ends the session the walk uses.
        EXPECTED.put("POST /api/auth/logout", EnumSet.of(ANYONE));
    }

    /** Anything that would reveal the demo school to someone outside it: its name or its pupils' ids. */
    private static final Pattern DEMO_SCHOOL_DATA = Pattern.compile("OSG De Horizon|\"240[0-6]\\d\\d\"");

    private record Subject(String name, Role role, boolean otherSchool, ApiClient client) {
    }

    private static TestServer server;
    private static long demoPupilId;
    private static long demoClassId;
    private static long demoSchoolId;

    @BeforeAll
    static void startServerWithTwoSchools() {
        server = TestServer.startWithDemo();
        ApiClient coordinator = ApiClient.signedIn(server.baseUrl(), DemoSetup.COORDINATOR, DemoSetup.PASSWORD);
        demoPupilId = coordinator.get("/api/roster/pupils?limit=1").json().path("items").get(0).path("id").asLong();
        demoClassId = coordinator.get("/api/roster/classes").json().get(1).path("id").asLong();
        demoSchoolId = coordinator.get("/api/auth/me").json().path("schoolId").asLong();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void everyRegisteredRoute_declaresTheRolesWrittenDownHere() {
        Map<String, Set<Role>> registered = new LinkedHashMap<>();
        for (ParsedEndpoint route : server.app().routes()) {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            io.javalin.security.Roles declared = route.endpoint.metadata(io.javalin.security.Roles.class);
            for (RouteRole role : declared == null ? Set.<RouteRole>of() : declared.getRoles()) {
                roles.add((Role) role);
            }
            registered.put(route.endpoint.method.name() + " " + route.endpoint.path, roles);
        }

        assertThat(registered).containsExactlyInAnyOrderEntriesOf(EXPECTED);
    }

    @Test
    void everyRoute_answersEachRoleAndSchoolAsItMust() {
        List<Subject> subjects = subjects();
        List<String> failures = new ArrayList<>();
        List<String> routes = server.app().routes().stream()
                .map(route -> route.endpoint.method.name() + " " + route.endpoint.path)
                .sorted(Comparator.comparing(route -> route.equals("POST /api/auth/logout")))
                .toList();
        for (String route : routes) {
            Set<Role> allowed = EXPECTED.getOrDefault(route, Set.of());
            for (Subject subject : subjects) {
                String method = route.substring(0, route.indexOf(' '));
                String path = route.substring(route.indexOf(' ') + 1);
                Answer answer = method.equals("GET") ? subject.client().get(concrete(path))
                        : subject.client().send(method, concrete(path), BODIES.getOrDefault(route, "{}"));
                boolean recordLevel = subject.role() != null
                        && RECORD_LEVEL_RULES.getOrDefault(route, Set.of()).contains(subject.role());
                String verdict = recordLevel && answer.status() == 403 ? null : judge(allowed, subject, path, answer);
                if (verdict != null) {
                    failures.add(route + " as " + subject.name() + ": " + verdict + " (got " + answer.status() + " "
                            + abbreviate(answer.body()) + ")");
                }
            }
        }

        assertThat(failures).isEmpty();
    }

    /** Null when the answer is right for this subject, else what is wrong with it. */
    private static String judge(Set<Role> allowed, Subject subject, String path, Answer answer) {
        int status = answer.status();
        if (status >= 500) {
            return "server error";
        }
        if (allowed.contains(ANYONE)) {
            return status == 403 ? "a public route refused" : null;
        }
        if (subject.role() == null) {
            return status == 401 ? null : "anonymous caller not refused with 401";
        }
        if (!allowed.contains(subject.role())) {
            return status == 403 ? null : "role not refused with 403";
        }
        if (status == 401 || status == 403) {
            return "allowed role refused";
        }
        if (subject.otherSchool() && subject.role() != ADMIN) {
            if ((path.contains("{id}") || path.contains("{runId}")) && status != 404) {
                return "another school's record not hidden with 404";
            }
            if (DEMO_SCHOOL_DATA.matcher(answer.body()).find()) {
                return "another school's data leaked";
            }
        }
        return null;
    }

    /** Routes where a role passes the route check but then needs a relation to the record (a tutor's own pupils). */
    private static final Map<String, Set<Role>> RECORD_LEVEL_RULES = Map.of("GET /api/practice/pupils/{id}", EnumSet.of(TUTOR),
            "PUT /api/sessions/records/{id}/{date}", EnumSet.of(TUTOR),
            "GET /api/sessions/records/{id}/{date}", EnumSet.of(TUTOR));

    /** Bodies for calls whose empty body would start long work. */
    private static final Map<String, String> BODIES = Map.of(
            "POST /api/schedule/runs", "{\"mode\":\"GENERATE\",\"timeLimitSeconds\":1}");

    private static String concrete(String path) {
        path = path.replace("{runId}", "no-such-run").replace("{kind}", "class").replace("{day}", "WEDNESDAY")
                .replace("{date}", "2026-11-23").replace("{token}", "no-such-link.ics")
                .replace("{domain}", "addition").replace("{file}", "long.csv");
        if (path.startsWith("/api/admin/schools/{id}")) {
            return path.replace("{id}", Long.toString(demoSchoolId));
        }
        if (path.startsWith("/api/roster/pupils/{id}")) {
            return path.replace("{id}", Long.toString(demoPupilId));
        }
        return path.replace("{id}", Long.toString(demoClassId));
    }

    private static List<Subject> subjects() {
        String url = server.baseUrl();
        List<Subject> subjects = new ArrayList<>();
        subjects.add(new Subject("anonymous", null, false, new ApiClient(url)));
        ApiClient admin = ApiClient.signedIn(url, DemoSetup.ADMIN, DemoSetup.PASSWORD);
        subjects.add(new Subject("admin", ADMIN, false, admin));
        subjects.add(new Subject("demo coordinator", COORDINATOR, false, ApiClient.signedIn(url, DemoSetup.COORDINATOR, DemoSetup.PASSWORD)));
        subjects.add(new Subject("demo tutor", TUTOR, false, ApiClient.signedIn(url, DemoSetup.TUTOR, DemoSetup.PASSWORD)));
        subjects.add(new Subject("demo evaluator", EVALUATOR, false, ApiClient.signedIn(url, DemoSetup.EVALUATOR, DemoSetup.PASSWORD)));
        ApiClient demoPupil = new ApiClient(url);
        assertThat(demoPupil.signInPupil(DemoSetup.CLASS_CODE, DemoSetup.personalCode(0)).status()).isEqualTo(200);
        subjects.add(new Subject("demo pupil", Role.PUPIL, false, demoPupil));

        long otherSchool = admin.post("/api/admin/schools", Map.of("name", "Het Andere Lyceum")).json().path("id").asLong();
        for (Role role : List.of(COORDINATOR, TUTOR, EVALUATOR)) {
            String username = "other-" + role.name().toLowerCase();
            Answer created = admin.post("/api/admin/schools/" + otherSchool + "/users", Map.of("role", role.name(),
                    "username", username, "displayName", username, "password", "another-school-secret"));
            assertThat(created.status()).isEqualTo(201);
            subjects.add(new Subject("other school's " + role.name().toLowerCase(), role, true,
                    ApiClient.signedIn(url, username, "another-school-secret")));
        }
        ApiClient otherCoordinator = subjects.get(subjects.size() - 3).client();
        Answer imported = otherCoordinator.upload("/api/roster/import", Map.of(
                "classes.csv", "class,year\nH1,1\n".getBytes(StandardCharsets.UTF_8),
                "pupils.csv", "pupil_id,first_name,last_name,class\nB-1,Lotte,Kok,H1\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(imported.status()).isEqualTo(200);
        long otherClass = otherCoordinator.get("/api/roster/classes").json().get(0).path("id").asLong();
        var codes = otherCoordinator.post("/api/roster/classes/" + otherClass + "/signin-codes", Map.of()).json();
        ApiClient otherPupil = new ApiClient(url);
        assertThat(otherPupil.signInPupil(codes.path("classCode").asString(),
                codes.path("pupils").get(0).path("personalCode").asString()).status()).isEqualTo(200);
        subjects.add(new Subject("other school's pupil", Role.PUPIL, true, otherPupil));
        return subjects;
    }

    private static String abbreviate(String body) {
        return body.length() <= 160 ? body : body.substring(0, 160) + "…";
    }
}
