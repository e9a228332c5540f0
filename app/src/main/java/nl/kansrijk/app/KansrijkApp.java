package nl.kansrijk.app;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson3;
import io.javalin.router.ParsedEndpoint;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import nl.kansrijk.app.auth.AccessGuard;
import nl.kansrijk.app.auth.AuthRoutes;
import nl.kansrijk.app.auth.AuthService;
import nl.kansrijk.app.auth.LoginThrottle;
import nl.kansrijk.app.db.Database;
import nl.kansrijk.app.evaluation.EvaluationExports;
import nl.kansrijk.app.evaluation.EvaluationRoutes;
import nl.kansrijk.app.evaluation.EvaluationService;
import nl.kansrijk.app.http.ErrorMapping;
import nl.kansrijk.app.http.RequestMetrics;
import nl.kansrijk.app.ops.OpsRoutes;
import nl.kansrijk.app.practice.PracticeRoutes;
import nl.kansrijk.app.practice.PracticeService;
import nl.kansrijk.app.roster.RosterRoutes;
import nl.kansrijk.app.roster.RosterService;
import nl.kansrijk.app.roster.demo.DemoSetup;
import nl.kansrijk.app.schedule.CalendarFeeds;
import nl.kansrijk.app.schedule.ScheduleRoutes;
import nl.kansrijk.app.schedule.ScheduleService;
import nl.kansrijk.app.schedule.SolveService;
import nl.kansrijk.app.schedule.WeekGrids;
import nl.kansrijk.app.schools.SchoolRoutes;
import nl.kansrijk.app.sessions.SessionRoutes;
import nl.kansrijk.app.sessions.SessionService;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The service: every route, filter and handler is registered here, in one place. Dependencies
 * come in through the constructor; {@link Main} only wires and starts.
 */
public final class KansrijkApp {

    private final AppConfig config;
    private final Database database;
    private final AuthService auth;
    private final RosterService roster;
    private final Clock clock;
    private final SolveService solver;
    private final PracticeService practice;
    private final Javalin javalin;

    public KansrijkApp(AppConfig config, Database database, PrometheusMeterRegistry registry, Clock clock) {
        this.config = config;
        this.database = database;
        this.clock = clock;
        Jdbi jdbi = database.jdbi();
        this.auth = new AuthService(jdbi, clock, new LoginThrottle(10, Duration.ofMinutes(15), clock));
        this.roster = new RosterService(jdbi, auth, clock);
        auth.deleteExpiredSessions(); // expired sessions are refused anyway; this keeps the table from growing
        AccessGuard guard = new AccessGuard(auth);
        AuthRoutes authRoutes = new AuthRoutes(auth, config.secureCookies());
        SchoolRoutes schoolRoutes = new SchoolRoutes(jdbi, auth, clock);
        RosterRoutes rosterRoutes = new RosterRoutes(jdbi, roster);
        OpsRoutes opsRoutes = new OpsRoutes(database, registry);
        this.solver = new SolveService(jdbi, clock, registry);
        ScheduleRoutes scheduleRoutes = new ScheduleRoutes(new ScheduleService(jdbi, clock), solver, new WeekGrids(jdbi),
                new CalendarFeeds(jdbi, clock));
        this.practice = new PracticeService(jdbi, clock, registry);
        PracticeRoutes practiceRoutes = new PracticeRoutes(practice, jdbi);
        SessionService sessions = new SessionService(jdbi, clock);
        EvaluationService evaluation = new EvaluationService(jdbi, clock, sessions);
        EvaluationRoutes evaluationRoutes = new EvaluationRoutes(evaluation, new EvaluationExports(evaluation));
        SessionRoutes sessionRoutes = new SessionRoutes(sessions);

        this.javalin = Javalin.create(cfg -> {
            // Dates and times as ISO-8601 text ("08:30", "2026-11-29T08:30:00Z"), which pages and R read as they are.
            cfg.jsonMapper(new JavalinJackson3().updateMapper(
                    mapper -> mapper.disable(tools.jackson.databind.cfg.DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)));
            cfg.startup.showJavalinBanner = false;
            cfg.http.maxRequestSize = 25L * 1024 * 1024;
            cfg.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
                // Pages, scripts and styles hold no school data: the API behind them checks every call.
                files.roles = java.util.Set.of(nl.kansrijk.app.auth.Role.ANYONE);
            });

            RequestMetrics.register(cfg.routes, registry);
            cfg.routes.before(KansrijkApp::securityHeaders);
            cfg.routes.beforeMatched(guard::check);
            ErrorMapping.register(cfg.routes);

            authRoutes.register(cfg.routes);
            schoolRoutes.register(cfg.routes);
            rosterRoutes.register(cfg.routes);
            scheduleRoutes.register(cfg.routes);
            practiceRoutes.register(cfg.routes);
            evaluationRoutes.register(cfg.routes);
            sessionRoutes.register(cfg.routes);
            opsRoutes.register(cfg.routes);
        });
    }

    /** Loads the demo school when asked to; safe to call on every start. */
    public KansrijkApp loadDemoIfRequested() {
        if (config.loadDemo()) {
            DemoSetup.loadIfMissing(database.jdbi(), auth, roster, clock);
        }
        return this;
    }

    public KansrijkApp start() {
        javalin.start(config.port());
        return this;
    }

    public void stop() {
        javalin.stop();
        solver.close();
        practice.close();
    }

    public int port() {
        return javalin.port();
    }

    /** Every HTTP route the server answers, as registered (the route × role test walks these). */
    public List<ParsedEndpoint> routes() {
        return javalin.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(route -> route.endpoint.method.isHttpMethod())
                .toList();
    }

    private static void securityHeaders(io.javalin.http.Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Content-Security-Policy",
                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'");
        if (ctx.path().startsWith("/api/")) {
            ctx.header("Cache-Control", "no-store");
        }
    }
}
