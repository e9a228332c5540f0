package nl.kansrijk.app.schools;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import nl.kansrijk.app.auth.AuthService;
import nl.kansrijk.app.auth.Role;
import nl.kansrijk.app.http.ProblemException;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.Set;

/** The admin's work: creating schools and the staff accounts that belong to them. */
public final class SchoolRoutes {

    private static final Set<Role> STAFF_ROLES = Set.of(Role.COORDINATOR, Role.TUTOR, Role.EVALUATOR);

    record NewSchool(String name) {
    }

    record NewUser(String role, String username, String displayName, String password) {
    }

    record Created(long id) {
    }

    private final Jdbi jdbi;
    private final AuthService auth;
    private final Clock clock;

    public SchoolRoutes(Jdbi jdbi, AuthService auth, Clock clock) {
        this.jdbi = jdbi;
        this.auth = auth;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/admin/schools", ctx -> ctx.json(jdbi.onDemand(SchoolStore.class).schools()), Role.ADMIN);
        routes.post("/api/admin/schools", this::createSchool, Role.ADMIN);
        routes.post("/api/admin/schools/{id}/users", this::createUser, Role.ADMIN);
    }

    private void createSchool(Context ctx) {
        NewSchool body = ctx.bodyAsClass(NewSchool.class);
        if (body.name() == null || body.name().isBlank() || body.name().length() > 200) {
            throw ProblemException.badRequest("A school needs a name of 1–200 characters.");
        }
        long id = jdbi.onDemand(SchoolStore.class).insert(body.name().trim(), clock.instant());
        ctx.status(201).json(new Created(id));
    }

    private void createUser(Context ctx) {
        long schoolId = ctx.pathParamAsClass("id", Long.class).get();
        jdbi.onDemand(SchoolStore.class).school(schoolId).orElseThrow(() -> ProblemException.notFound("The school"));
        NewUser body = ctx.bodyAsClass(NewUser.class);
        Role role = STAFF_ROLES.stream().filter(r -> r.name().equals(body.role())).findFirst()
                .orElseThrow(() -> ProblemException.badRequest("role must be one of COORDINATOR, TUTOR, EVALUATOR."));
        if (body.username() == null || !body.username().matches("[A-Za-z0-9._@-]{3,100}")) {
            throw ProblemException.badRequest("A username has 3–100 letters, digits or . _ @ -.");
        }
        if (body.password() == null || body.password().length() < 10) {
            throw ProblemException.badRequest("A password needs at least 10 characters.");
        }
        if (jdbi.onDemand(nl.kansrijk.app.auth.AuthStore.class).findUser(body.username()).isPresent()) {
            throw new ProblemException(409, "The username " + body.username() + " is taken.", java.util.List.of());
        }
        String displayName = body.displayName() == null || body.displayName().isBlank() ? body.username() : body.displayName();
        long id = auth.createUser(schoolId, role, body.username(), displayName, body.password());
        ctx.status(201).json(new Created(id));
    }
}
