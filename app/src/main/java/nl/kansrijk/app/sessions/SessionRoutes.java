package nl.kansrijk.app.sessions;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import nl.kansrijk.app.auth.CurrentUser;
import nl.kansrijk.app.http.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import static nl.kansrijk.app.auth.Role.COORDINATOR;
import static nl.kansrijk.app.auth.Role.TUTOR;

/**
 * Tutors: their week, session records and contacts. Coordinators: the dosage report, and
 * recording a session on a tutor's behalf. The record routes take the published session's id
 * as {@code {id}}.
 */
public final class SessionRoutes {

    private final SessionService sessions;

    public SessionRoutes(SessionService sessions) {
        this.sessions = sessions;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/sessions/my-week", ctx -> ctx.json(sessions.myWeek(CurrentUser.of(ctx), optionalDate(ctx, "date"))),
                TUTOR);
        routes.put("/api/sessions/records/{id}/{date}", this::record, TUTOR, COORDINATOR);
        routes.get("/api/sessions/records/{id}/{date}", ctx -> ctx.json(sessions.history(CurrentUser.of(ctx), id(ctx),
                date(ctx.pathParam("date"), "date"))), TUTOR, COORDINATOR);
        routes.post("/api/sessions/contacts", ctx -> ctx.status(201).json(sessions.addContact(CurrentUser.of(ctx),
                ctx.bodyAsClass(SessionService.ContactRequest.class))), TUTOR);
        routes.get("/api/sessions/contacts", ctx -> ctx.json(sessions.contacts(CurrentUser.of(ctx), optionalPupil(ctx))),
                TUTOR, COORDINATOR);
        routes.get("/api/sessions/dosage", ctx -> ctx.json(sessions.dosage(CurrentUser.of(ctx).school(),
                optionalDate(ctx, "from"), optionalDate(ctx, "to"))), COORDINATOR);
    }

    /** 201 for a new record or correction, 200 when the same record id came before (nothing stored twice). */
    private void record(Context ctx) {
        SessionService.RecordResult result = sessions.record(CurrentUser.of(ctx), id(ctx), date(ctx.pathParam("date"), "date"),
                ctx.bodyAsClass(SessionService.RecordRequest.class));
        ctx.status(result.duplicate() ? 200 : 201).json(result);
    }

    private static long id(Context ctx) {
        return ctx.pathParamAsClass("id", Long.class).get();
    }

    private static Long optionalPupil(Context ctx) {
        return ctx.queryParam("pupilId") == null ? null : ctx.queryParamAsClass("pupilId", Long.class).get();
    }

    private static LocalDate optionalDate(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : date(value, name);
    }

    private static LocalDate date(String value, String name) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name + " must be a date like 2026-11-23, not '" + value + "'.");
        }
    }
}
