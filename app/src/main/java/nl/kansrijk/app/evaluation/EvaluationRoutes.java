package nl.kansrijk.app.evaluation;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import nl.kansrijk.app.auth.CurrentUser;
import nl.kansrijk.app.http.ProblemException;
import nl.kansrijk.app.roster.importer.CsvTable;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import static nl.kansrijk.app.auth.Role.COORDINATOR;
import static nl.kansrijk.app.auth.Role.EVALUATOR;

/** The evaluator's studies: define, read the results, import external tests, and export (every export logged). */
public final class EvaluationRoutes {

    private final EvaluationService evaluation;
    private final EvaluationExports exports;

    public EvaluationRoutes(EvaluationService evaluation, EvaluationExports exports) {
        this.evaluation = evaluation;
        this.exports = exports;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/evaluation/studies", ctx -> ctx.json(evaluation.studies(school(ctx))), EVALUATOR);
        routes.post("/api/evaluation/studies", ctx -> ctx.status(201).json(evaluation.create(school(ctx),
                CurrentUser.of(ctx).userId(), ctx.bodyAsClass(EvaluationService.NewStudy.class))), EVALUATOR);
        routes.get("/api/evaluation/studies/{id}/results", ctx -> ctx.json(evaluation.results(school(ctx), id(ctx))), EVALUATOR);
        routes.get("/api/evaluation/studies/{id}/export/{file}", this::export, EVALUATOR);
        routes.post("/api/evaluation/tests/import", this::importTests, EVALUATOR, COORDINATOR);
    }

    private void export(Context ctx) {
        long school = school(ctx);
        long study = id(ctx);
        String file = ctx.pathParam("file");
        String body;
        String type;
        switch (file) {
            case "long.csv" -> {
                body = exports.longCsv(school, study);
                type = "text/csv; charset=utf-8";
            }
            case "wide.csv" -> {
                body = exports.wideCsv(school, study);
                type = "text/csv; charset=utf-8";
            }
            case "codebook.md" -> {
                body = exports.codebookMarkdown(school, study);
                type = "text/markdown; charset=utf-8";
            }
            case "codebook.json" -> {
                body = exports.codebookJson(school, study);
                type = "application/json; charset=utf-8";
            }
            default -> throw ProblemException.notFound("The export " + file);
        }
        evaluation.logExport(school, study, CurrentUser.of(ctx).userId(), file);
        ctx.header("Content-Disposition", "attachment; filename=\"study-" + study + "-" + file + "\"");
        ctx.contentType(type).result(body);
    }

    private void importTests(Context ctx) throws IOException {
        List<UploadedFile> files = ctx.uploadedFiles("files");
        if (files.size() != 1) {
            throw ProblemException.badRequest("Upload exactly one test file (CSV) in the field 'files'.");
        }
        byte[] content;
        try (InputStream in = files.get(0).content()) {
            content = in.readAllBytes();
        }
        int stored = evaluation.importTests(school(ctx), CsvTable.parse(files.get(0).filename(), content));
        ctx.json(Map.of("stored", stored));
    }

    private static long school(Context ctx) {
        return CurrentUser.of(ctx).school();
    }

    private static long id(Context ctx) {
        return ctx.pathParamAsClass("id", Long.class).get();
    }
}
