package nl.kansrijk.app.roster;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import nl.kansrijk.app.auth.CurrentUser;
import nl.kansrijk.app.http.ProblemException;
import nl.kansrijk.app.roster.importer.RosterCsvReader.UploadedCsv;
import org.jdbi.v3.core.Jdbi;

import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static nl.kansrijk.app.auth.Role.COORDINATOR;
import static nl.kansrijk.app.auth.Role.EVALUATOR;
import static nl.kansrijk.app.auth.Role.TUTOR;

/** The coordinator's roster: pupils, classes, tutors, rooms, bell schedule, week grids, and the import. */
public final class RosterRoutes {

    private static final long MAX_UPLOAD_BYTES = 20L * 1024 * 1024;

    record Summary(String schoolName, int pupils, int classes, int teachingGroups, int lessons, int tutors, int rooms,
                   int hdtCandidates) {
    }

    record PupilPage(int total, List<RosterStore.PupilView> items) {
    }

    record Slot(DayOfWeek day, int period) {
    }

    record TutorView(long id, String externalId, String name, List<String> subjects, int maxSessionsPerDay,
                     List<Slot> availability) {
    }

    record PeriodJson(DayOfWeek day, int period, String start, String end, String kind) {
    }

    record WeekGrid(String title, List<PeriodJson> periods, List<RosterStore.LessonView> lessons) {
    }

    private final Jdbi jdbi;
    private final RosterService roster;

    public RosterRoutes(Jdbi jdbi, RosterService roster) {
        this.jdbi = jdbi;
        this.roster = roster;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/roster/summary", this::summary, COORDINATOR, TUTOR, EVALUATOR);
        routes.get("/api/roster/pupils", this::pupils, COORDINATOR);
        routes.get("/api/roster/pupils/{id}", this::pupil, COORDINATOR);
        routes.get("/api/roster/pupils/{id}/timetable", this::pupilTimetable, COORDINATOR);
        routes.get("/api/roster/classes", this::classes, COORDINATOR);
        routes.get("/api/roster/classes/{id}/timetable", this::classTimetable, COORDINATOR);
        routes.post("/api/roster/classes/{id}/signin-codes", this::issueCodes, COORDINATOR);
        routes.get("/api/roster/tutors", this::tutors, COORDINATOR);
        routes.get("/api/roster/rooms", this::rooms, COORDINATOR);
        routes.get("/api/roster/periods", this::periods, COORDINATOR, TUTOR);
        routes.post("/api/roster/import", this::importFiles, COORDINATOR);
    }

    private RosterStore store() {
        return jdbi.onDemand(RosterStore.class);
    }

    private void summary(Context ctx) {
        long school = CurrentUser.of(ctx).school();
        RosterStore.Counts counts = store().counts(school);
        String name = jdbi.onDemand(nl.kansrijk.app.schools.SchoolStore.class).school(school).orElseThrow().name();
        ctx.json(new Summary(name, counts.pupils(), counts.classes(), counts.teachingGroups(), counts.lessons(),
                counts.tutors(), counts.rooms(), counts.hdtCandidates()));
    }

    private void pupils(Context ctx) {
        long school = CurrentUser.of(ctx).school();
        String q = ctx.queryParam("q");
        String pattern = q == null || q.isBlank() ? null
                : "%" + q.trim().toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "") + "%";
        Long classId = ctx.queryParam("classId") == null ? null : ctx.queryParamAsClass("classId", Long.class).get();
        int limit = ctx.queryParamAsClass("limit", Integer.class).getOrDefault(50);
        int offset = ctx.queryParamAsClass("offset", Integer.class).getOrDefault(0);
        if (limit < 1 || limit > 500 || offset < 0) {
            throw ProblemException.badRequest("limit must be 1–500 and offset 0 or more.");
        }
        RosterStore store = store();
        ctx.json(new PupilPage(store.countPupils(school, classId, pattern),
                store.findPupils(school, classId, pattern, limit, offset)));
    }

    private void pupil(Context ctx) {
        long school = CurrentUser.of(ctx).school();
        ctx.json(store().pupil(school, pathId(ctx)).orElseThrow(() -> ProblemException.notFound("The pupil")));
    }

    private void pupilTimetable(Context ctx) {
        long school = CurrentUser.of(ctx).school();
        RosterStore store = store();
        RosterStore.PupilView pupil = store.pupil(school, pathId(ctx)).orElseThrow(() -> ProblemException.notFound("The pupil"));
        String name = (pupil.firstName() + " " + pupil.lastName()).trim();
        ctx.json(new WeekGrid((name.isEmpty() ? pupil.externalId() : name) + " (" + pupil.classCode() + ")",
                periods(store, school), store.lessonsOfPupil(school, pupil.id())));
    }

    private void classes(Context ctx) {
        ctx.json(store().groups(CurrentUser.of(ctx).school()));
    }

    private void classTimetable(Context ctx) {
        long school = CurrentUser.of(ctx).school();
        RosterStore store = store();
        RosterStore.GroupView group = store.group(school, pathId(ctx)).orElseThrow(() -> ProblemException.notFound("The class"));
        ctx.json(new WeekGrid(group.code(), periods(store, school), store.lessonsOfGroup(school, group.id())));
    }

    private void issueCodes(Context ctx) {
        ctx.json(roster.issueSignInCodes(CurrentUser.of(ctx).school(), pathId(ctx)));
    }

    private void tutors(Context ctx) {
        long school = CurrentUser.of(ctx).school();
        RosterStore store = store();
        Map<Long, List<Slot>> availability = store.tutorAvailability(school).stream()
                .sorted(Comparator.comparing(RosterStore.SlotRow::day).thenComparing(RosterStore.SlotRow::period))
                .collect(Collectors.groupingBy(RosterStore.SlotRow::ownerId,
                        Collectors.mapping(row -> new Slot(row.day(), row.period()), Collectors.toList())));
        ctx.json(store.tutors(school).stream().map(t -> new TutorView(t.id(), t.externalId(), t.name(),
                List.of(t.subjects().split(" ")), t.maxSessionsPerDay(), availability.getOrDefault(t.id(), List.of()))).toList());
    }

    private void rooms(Context ctx) {
        ctx.json(store().rooms(CurrentUser.of(ctx).school()));
    }

    private void periods(Context ctx) {
        long school = CurrentUser.of(ctx).school();
        ctx.json(periods(store(), school));
    }

    private void importFiles(Context ctx) throws IOException {
        CurrentUser user = CurrentUser.of(ctx);
        List<UploadedFile> files = ctx.uploadedFiles("files");
        if (files.isEmpty()) {
            files = ctx.uploadedFiles();
        }
        List<UploadedCsv> uploads = new ArrayList<>();
        for (UploadedFile file : files) {
            if (file.size() > MAX_UPLOAD_BYTES) {
                throw ProblemException.badRequest("The file " + file.filename() + " is larger than 20 MB.");
            }
            try (InputStream content = file.content()) {
                uploads.add(new UploadedCsv(file.filename(), content.readAllBytes()));
            }
        }
        ctx.json(roster.importFiles(user.school(), user.userId(), uploads));
    }

    private static List<PeriodJson> periods(RosterStore store, long school) {
        return store.periods(school).stream()
                .sorted(Comparator.comparing(RosterStore.PeriodView::day).thenComparing(RosterStore.PeriodView::period))
                .map(p -> new PeriodJson(p.day(), p.period(), p.start().toString(), p.end().toString(), p.kind()))
                .toList();
    }

    private static long pathId(Context ctx) {
        return ctx.pathParamAsClass("id", Long.class).get();
    }
}
