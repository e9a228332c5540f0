package nl.kansrijk.app.practice;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import nl.kansrijk.app.auth.CurrentUser;
import nl.kansrijk.app.auth.Role;
import nl.kansrijk.app.http.ProblemException;
import org.jdbi.v3.core.Jdbi;

import java.util.Map;

import static nl.kansrijk.app.auth.Role.COORDINATOR;
import static nl.kansrijk.app.auth.Role.PUPIL;
import static nl.kansrijk.app.auth.Role.TUTOR;

/**
 * A pupil's own practice (one round trip per answer), and their ratings for the tutor and the
 * coordinator. A pupil only ever reaches their own practice: the pupil id comes from the session.
 */
public final class PracticeRoutes {

    record NextRequest(String difficulty, Integer count) {
    }

    record Progress(java.util.List<PracticeService.DomainRating> ratings,
                    Map<String, java.util.List<PracticeService.RatingPoint>> history) {
    }

    private final PracticeService practice;
    private final Jdbi jdbi;

    public PracticeRoutes(PracticeService practice, Jdbi jdbi) {
        this.practice = practice;
        this.jdbi = jdbi;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/practice/me", ctx -> {
            CurrentUser pupil = CurrentUser.of(ctx);
            ctx.json(new Progress(practice.ratings(pupil.school(), pupil.pupilId()), practice.history(pupil.pupilId())));
        }, PUPIL);
        routes.post("/api/practice/{domain}/next", this::next, PUPIL);
        routes.post("/api/practice/{domain}/answers", this::answer, PUPIL);
        routes.get("/api/practice/pupils/{id}", this::pupilProgress, COORDINATOR, TUTOR);
        routes.post("/api/practice/items/import", this::importItems, COORDINATOR);
    }

    private void next(Context ctx) {
        CurrentUser pupil = CurrentUser.of(ctx);
        NextRequest body = ctx.bodyAsClass(NextRequest.class);
        ctx.json(practice.next(pupil.school(), pupil.pupilId(), ctx.pathParam("domain"), body.difficulty(),
                body.count() == null ? 1 : body.count()));
    }

    private void answer(Context ctx) {
        CurrentUser pupil = CurrentUser.of(ctx);
        PracticeService.AnswerRequest body = ctx.bodyAsClass(PracticeService.AnswerRequest.class);
        ctx.json(practice.answer(pupil.school(), pupil.pupilId(), ctx.pathParam("domain"), body));
    }

    private void importItems(Context ctx) throws java.io.IOException {
        java.util.List<io.javalin.http.UploadedFile> files = ctx.uploadedFiles("files");
        if (files.size() != 1) {
            throw ProblemException.badRequest("Upload exactly one item file (CSV) in the field 'files'.");
        }
        io.javalin.http.UploadedFile file = files.get(0);
        if (file.size() > 5L * 1024 * 1024) {
            throw ProblemException.badRequest("The item file is larger than 5 MB.");
        }
        byte[] content;
        try (java.io.InputStream in = file.content()) {
            content = in.readAllBytes();
        }
        nl.kansrijk.app.roster.importer.CsvTable table = nl.kansrijk.app.roster.importer.CsvTable.parse(file.filename(), content);
        ctx.json(practice.importItems(CurrentUser.of(ctx).school(), table));
    }

    private void pupilProgress(Context ctx) {
        CurrentUser user = CurrentUser.of(ctx);
        long pupil = ctx.pathParamAsClass("id", Long.class).get();
        long school = user.school();
        boolean inSchool = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM pupil WHERE id = :id AND school_id = :school")
                .bind("id", pupil).bind("school", school).mapTo(Integer.class).one()) > 0;
        if (!inSchool) {
            throw ProblemException.notFound("The pupil");
        }
        if (user.role() == Role.TUTOR && !tutors(user.userId(), school, pupil)) {
            throw new ForbiddenResponse("You can see the practice of your own pupils only.");
        }
        ctx.json(new Progress(practice.ratings(school, pupil), practice.history(pupil)));
    }

    /** True when the pupil is in a pair of the tutor behind this user account. */
    private boolean tutors(long userId, long school, long pupil) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT COUNT(*) FROM pair_member m
                        JOIN tutoring_pair p ON p.id = m.pair_id
                        JOIN tutor t ON t.id = p.tutor_id
                        WHERE t.user_id = :user AND m.pupil_id = :pupil AND p.school_id = :school""")
                .bind("user", userId).bind("pupil", pupil).bind("school", school).mapTo(Integer.class).one()) > 0;
    }
}
