package nl.kansrijk.app.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.validation.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Maps exceptions to answers once, for every route: clear 4xx messages for what the caller can
 * fix, a plain 500 (never a stack trace) for what they cannot.
 */
public final class ErrorMapping {

    private static final Logger log = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    public static void register(RoutesConfig routes) {
        routes.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(), e.getMessage(), List.of()));
        routes.exception(ProblemException.class, (e, ctx) -> respond(ctx, e.status(), e.getMessage(), e.problems()));
        routes.exception(JacksonException.class, (e, ctx) ->
                respond(ctx, 400, "The request body is not valid JSON for this call: " + e.getOriginalMessage(), List.of()));
        routes.exception(ValidationException.class, (e, ctx) -> respond(ctx, 400, "Some values are not valid.", describe(e.getErrors())));
        routes.exception(Exception.class, (e, ctx) -> {
            log.atError().setCause(e).addKeyValue("path", ctx.path()).log("unhandled error");
            respond(ctx, 500, "Something went wrong on our side. Nothing was changed; please try again.", List.of());
        });
    }

    private static List<String> describe(Map<String, ? extends List<?>> errors) {
        return errors.entrySet().stream()
                .map(entry -> entry.getKey() + ": " + entry.getValue().stream()
                        .map(Object::toString).collect(Collectors.joining(", ")))
                .toList();
    }

    private static void respond(Context ctx, int status, String message, List<?> problems) {
        ctx.status(status).json(new ErrorInfo(status, message, problems));
    }
}
