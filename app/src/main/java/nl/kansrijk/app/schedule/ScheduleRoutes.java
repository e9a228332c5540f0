package nl.kansrijk.app.schedule;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import nl.kansrijk.app.auth.CurrentUser;
import nl.kansrijk.app.auth.Role;
import nl.kansrijk.app.http.ProblemException;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;

import static nl.kansrijk.app.auth.Role.COORDINATOR;

/** The coordinator's schedule: enrol, pair, generate, explain, adjust, publish, grids and calendar links. */
public final class ScheduleRoutes {

    record StartRun(String mode, Integer timeLimitSeconds) {
    }

    record FixPair(boolean fixed) {
    }

    record PairTutor(Long tutorId, boolean pinned) {
    }

    record NewAbsence(Long tutorId, DayOfWeek day) {
    }

    record NewFeed(Long tutorId, Long pupilId) {
    }

    private final ScheduleService schedule;
    private final SolveService solver;
    private final WeekGrids grids;
    private final CalendarFeeds feeds;

    public ScheduleRoutes(ScheduleService schedule, SolveService solver, WeekGrids grids, CalendarFeeds feeds) {
        this.schedule = schedule;
        this.solver = solver;
        this.grids = grids;
        this.feeds = feeds;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/schedule/settings", ctx -> ctx.json(schedule.settingsView(school(ctx))), COORDINATOR);
        routes.put("/api/schedule/settings", ctx -> ctx.json(schedule.saveSettings(school(ctx),
                ctx.bodyAsClass(ScheduleService.Settings.class))), COORDINATOR);

        routes.get("/api/schedule/enrolments", ctx -> ctx.json(schedule.enrolments(school(ctx))), COORDINATOR);
        routes.post("/api/schedule/enrolments", this::enrol, COORDINATOR);
        routes.delete("/api/schedule/enrolments/{id}", ctx -> {
            schedule.unenrol(school(ctx), id(ctx));
            ctx.status(204);
        }, COORDINATOR);

        routes.get("/api/schedule/pairs", ctx -> ctx.json(schedule.pairs(school(ctx))), COORDINATOR);
        routes.post("/api/schedule/pairs/form", ctx -> ctx.json(schedule.formPairs(school(ctx))), COORDINATOR);
        routes.put("/api/schedule/pairs/{id}/fixed", ctx -> {
            schedule.fixPair(school(ctx), id(ctx), ctx.bodyAsClass(FixPair.class).fixed());
            ctx.status(204);
        }, COORDINATOR);
        routes.put("/api/schedule/pairs/{id}/tutor", ctx -> {
            PairTutor body = ctx.bodyAsClass(PairTutor.class);
            schedule.setPairTutor(school(ctx), id(ctx), body.tutorId(), body.pinned());
            ctx.status(204);
        }, COORDINATOR);
        routes.post("/api/schedule/pairs/{id}/split", ctx -> {
            schedule.splitPair(school(ctx), id(ctx));
            ctx.status(204);
        }, COORDINATOR);

        routes.post("/api/schedule/runs", this::startRun, COORDINATOR);
        routes.get("/api/schedule/runs/latest", ctx -> ctx.json(solver.latest(school(ctx))
                .orElseThrow(() -> ProblemException.notFound("A run"))), COORDINATOR);
        routes.get("/api/schedule/runs/{runId}", ctx -> ctx.json(solver.status(school(ctx), ctx.pathParam("runId"))
                .orElseThrow(() -> ProblemException.notFound("The run"))), COORDINATOR);
        routes.delete("/api/schedule/runs/{runId}", ctx -> ctx.json(solver.stop(school(ctx), ctx.pathParam("runId"))),
                COORDINATOR);

        routes.get("/api/schedule/week", ctx -> ctx.json(schedule.week(school(ctx))), COORDINATOR);
        routes.patch("/api/schedule/sessions/{id}", ctx -> {
            schedule.changeSession(school(ctx), id(ctx), ctx.bodyAsClass(ScheduleService.SessionChange.class));
            ctx.status(204);
        }, COORDINATOR);
        routes.get("/api/schedule/explanation", ctx -> ctx.json(schedule.explain(school(ctx))), COORDINATOR);

        routes.get("/api/schedule/absences", ctx -> ctx.json(schedule.absences(school(ctx))), COORDINATOR);
        routes.post("/api/schedule/absences", this::addAbsence, COORDINATOR);
        routes.delete("/api/schedule/absences/{id}/{day}", ctx -> {
            schedule.removeAbsence(school(ctx), id(ctx), day(ctx.pathParam("day")));
            ctx.status(204);
        }, COORDINATOR);

        routes.post("/api/schedule/publish", ctx -> ctx.status(201).json(schedule.publish(school(ctx),
                CurrentUser.of(ctx).userId())), COORDINATOR);
        routes.get("/api/schedule/versions", ctx -> ctx.json(schedule.versions(school(ctx))), COORDINATOR);
        routes.get("/api/schedule/grid/{kind}/{id}", this::grid, COORDINATOR);

        routes.post("/api/schedule/calendar-links", ctx -> {
            NewFeed body = ctx.bodyAsClass(NewFeed.class);
            ctx.status(201).json(feeds.create(school(ctx), body.tutorId(), body.pupilId()));
        }, COORDINATOR);
        // The secret link is the credential here: calendar apps send no cookie.
        routes.get("/calendar/{token}", this::calendar, Role.ANYONE);
    }

    private void enrol(Context ctx) {
        int added = schedule.enrol(school(ctx), ctx.bodyAsClass(ScheduleService.EnrolRequest.class));
        ctx.status(201).json(Map.of("enrolled", added));
    }

    private void startRun(Context ctx) {
        StartRun body = ctx.bodyAsClass(StartRun.class);
        SolveService.Mode mode;
        try {
            mode = SolveService.Mode.valueOf(body.mode() == null ? "GENERATE" : body.mode().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("mode must be GENERATE or REPLAN.");
        }
        ctx.status(202).json(solver.start(school(ctx), mode, body.timeLimitSeconds()));
    }

    private void addAbsence(Context ctx) {
        NewAbsence body = ctx.bodyAsClass(NewAbsence.class);
        if (body.tutorId() == null || body.day() == null) {
            throw ProblemException.badRequest("An absence needs tutorId and day (MONDAY … FRIDAY).");
        }
        schedule.addAbsence(school(ctx), body.tutorId(), body.day());
        ctx.status(201);
    }

    private void grid(Context ctx) {
        WeekGrids.Kind kind;
        WeekGrids.Source source;
        try {
            kind = WeekGrids.Kind.valueOf(ctx.pathParam("kind").toUpperCase(Locale.ROOT));
            source = WeekGrids.Source.valueOf(ctx.queryParamAsClass("source", String.class).getOrDefault("draft")
                    .toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("kind is tutor, room, pupil or class; source is draft or published.");
        }
        ctx.json(grids.grid(school(ctx), kind, id(ctx), source));
    }

    private void calendar(Context ctx) {
        String token = ctx.pathParam("token").replaceFirst("\\.ics$", "");
        String ics = feeds.render(token).orElseThrow(() -> ProblemException.notFound("The calendar"));
        ctx.contentType("text/calendar; charset=utf-8").result(ics);
    }

    private static long school(Context ctx) {
        return CurrentUser.of(ctx).school();
    }

    private static long id(Context ctx) {
        return ctx.pathParamAsClass("id", Long.class).get();
    }

    private static DayOfWeek day(String value) {
        try {
            return DayOfWeek.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("day must be MONDAY … FRIDAY, not " + value + ".");
        }
    }
}
