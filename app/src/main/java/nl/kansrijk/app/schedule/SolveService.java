package nl.kansrijk.app.schedule;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import nl.kansrijk.app.http.ProblemException;
import nl.kansrijk.planner.domain.TutoringPair;
import nl.kansrijk.planner.domain.TutoringSchedule;
import nl.kansrijk.planner.domain.TutoringSession;
import nl.kansrijk.planner.solver.Replanner;
import nl.kansrijk.planner.solver.SolverConfigs;
import org.jdbi.v3.core.Jdbi;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolverManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Solving runs in the background (OptaPlanner {@link SolverManager}), one run per school at a
 * time: live best score and progress for the page, a stop button, the result written to the
 * stored week when the run ends. Finished runs are forgotten after an hour.
 */
public final class SolveService implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SolveService.class);
    static final Duration KEEP_FINISHED = Duration.ofHours(1);

    public enum Mode {
        /** Plan the whole week anew (coordinator pins kept). */
        GENERATE,
        /** Only what must move, moves: sessions of absent tutors and unplanned sessions; the rest stays. */
        REPLAN
    }

    public enum State { SOLVING, FINISHED, STOPPED, FAILED }

    /** What the page shows while a run goes and after it ended. */
    public record RunStatus(String id, Mode mode, State state, String startedAt, long elapsedMillis, int timeLimitSeconds,
                            double progress, String bestScore, Integer hard, Integer medium, Integer soft,
                            long unplannedSessions, String error) {
    }

    private static final class Run {
        final String id = UUID.randomUUID().toString();
        final long school;
        final Mode mode;
        final Instant startedAt;
        final int timeLimitSeconds;
        final SolverManager<TutoringSchedule, String> solverManager;
        volatile State state = State.SOLVING;
        volatile HardMediumSoftScore bestScore;
        volatile long unplanned;
        volatile Instant endedAt;
        volatile String error;
        volatile boolean stopRequested;
        final java.util.concurrent.CompletableFuture<Void> ended = new java.util.concurrent.CompletableFuture<>();

        Run(long school, Mode mode, Instant startedAt, int timeLimitSeconds) {
            this.school = school;
            this.mode = mode;
            this.startedAt = startedAt;
            this.timeLimitSeconds = timeLimitSeconds;
            this.solverManager = SolverManager.create(SolverConfigs.solverConfig(
                    SolverConfigs.Termination.timeLimit(Duration.ofSeconds(timeLimitSeconds))));
        }
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final MeterRegistry registry;
    private final Map<String, Run> runs = new ConcurrentHashMap<>();

    public SolveService(Jdbi jdbi, Clock clock, MeterRegistry registry) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.registry = registry;
    }

    /** Starts a run for the school's stored week; refused while another run of the school is solving. */
    public synchronized RunStatus start(long school, Mode mode, Integer timeLimitSeconds) {
        forgetOldRuns();
        if (runs.values().stream().anyMatch(r -> r.school == school && r.state == State.SOLVING)) {
            throw new ProblemException(409, "A run for this school is still going: wait for it or stop it.", List.of());
        }
        PlanningSettings settings = ScheduleService.settings(jdbi.onDemand(ScheduleStore.class), school);
        int limit = timeLimitSeconds == null ? settings.timeLimitSeconds() : timeLimitSeconds;
        if (limit < 1 || limit > 600) {
            throw ProblemException.badRequest("The time limit must be 1–600 seconds.");
        }
        TutoringSchedule problem = jdbi.withHandle(h -> PlanningProblem.load(h, school, ScheduleService.schoolName(h, school), settings));
        if (problem.getSessions().isEmpty()) {
            throw ProblemException.badRequest("There is nothing to plan: enrol pupils and form pairs first.");
        }
        Run run = new Run(school, mode, clock.instant(), limit);
        if (mode == Mode.REPLAN) {
            prepareReplan(problem);
        }
        runs.put(run.id, run);
        Timer.Sample sample = Timer.start(registry);
        run.solverManager.solveAndListen(run.id, id -> problem,
                best -> run.bestScore = best.getScore(),
                finalBest -> finish(run, finalBest, sample),
                (id, error) -> fail(run, error, sample));
        log.atInfo().addKeyValue("school", school).addKeyValue("run", run.id).addKeyValue("mode", mode)
                .addKeyValue("timeLimitSeconds", limit).log("solver run started");
        return status(run);
    }

    public Optional<RunStatus> status(long school, String runId) {
        Run run = runs.get(runId);
        return run == null || run.school != school ? Optional.empty() : Optional.of(status(run));
    }

    /** The school's newest run, if one is remembered. */
    public Optional<RunStatus> latest(long school) {
        return runs.values().stream().filter(r -> r.school == school)
                .max(java.util.Comparator.comparing(r -> r.startedAt)).map(this::status);
    }

    public RunStatus stop(long school, String runId) {
        Run run = runs.get(runId);
        if (run == null || run.school != school) {
            throw ProblemException.notFound("The run");
        }
        run.stopRequested = true;
        run.solverManager.terminateEarly(run.id);
        return status(run);
    }

    /** Frees absent tutors' sessions and pins everything else, in this run's copy only (pins are not stored). */
    private static void prepareReplan(TutoringSchedule problem) {
        Set<String> freed = new HashSet<>();
        problem.getTutors().stream().filter(t -> !t.getAbsentDays().isEmpty()).forEach(tutor ->
                Set.copyOf(tutor.getAbsentDays()).forEach(day -> Replanner.markTutorAbsent(problem, tutor.getId(), day)
                        .forEach(session -> freed.add(session.getId()))));
        for (TutoringPair pair : problem.getPairs()) {
            if (pair.getTutor() != null) {
                pair.setPinned(true);
            }
        }
        for (TutoringSession session : problem.getSessions()) {
            if (session.isPlanned() && !freed.contains(session.getId())) {
                session.setPinned(true);
            }
        }
    }

    private void finish(Run run, TutoringSchedule solved, Timer.Sample sample) {
        try {
            solved.clearIncompletePlacements();
            jdbi.useTransaction(h -> PlanningProblem.writeBack(h, run.school, solved));
            run.bestScore = solved.getScore();
            run.unplanned = solved.unplannedSessionCount();
            run.state = run.stopRequested ? State.STOPPED : State.FINISHED;
        } catch (RuntimeException e) {
            run.error = e.getMessage();
            run.state = State.FAILED;
            log.atError().setCause(e).addKeyValue("run", run.id).log("storing the solver result failed");
        } finally {
            run.endedAt = clock.instant();
            record(run, sample);
            run.ended.complete(null);
            run.solverManager.close();
        }
        log.atInfo().addKeyValue("school", run.school).addKeyValue("run", run.id).addKeyValue("state", run.state)
                .addKeyValue("score", String.valueOf(run.bestScore)).log("solver run ended");
    }

    private void fail(Run run, Throwable error, Timer.Sample sample) {
        run.error = error.getMessage();
        run.state = State.FAILED;
        run.endedAt = clock.instant();
        record(run, sample);
        run.ended.complete(null);
        log.atError().setCause(error).addKeyValue("run", run.id).log("solver run failed");
    }

    private void record(Run run, Timer.Sample sample) {
        boolean feasible = run.bestScore != null && run.bestScore.hardScore() == 0;
        sample.stop(Timer.builder("kansrijk.solver.runs").description("Schedule solver runs and their durations")
                .tag("mode", run.mode.name()).tag("outcome", run.state.name()).tag("feasible", Boolean.toString(feasible))
                .register(registry));
        if (run.bestScore != null) {
            DistributionSummary.builder("kansrijk.solver.final.hard").description("Hard score at the end of a run (0 = feasible)")
                    .register(registry).record(-run.bestScore.hardScore());
            DistributionSummary.builder("kansrijk.solver.final.medium").description("Unplanned-session penalty at the end of a run")
                    .register(registry).record(-run.bestScore.mediumScore());
            DistributionSummary.builder("kansrijk.solver.final.soft").description("Soft penalty at the end of a run")
                    .register(registry).record(-run.bestScore.softScore());
        }
    }

    private RunStatus status(Run run) {
        Instant end = run.endedAt == null ? clock.instant() : run.endedAt;
        long elapsed = Duration.between(run.startedAt, end).toMillis();
        double progress = run.state == State.SOLVING ? Math.min(0.99, elapsed / (run.timeLimitSeconds * 1000.0)) : 1.0;
        HardMediumSoftScore score = run.bestScore;
        return new RunStatus(run.id, run.mode, run.state, run.startedAt.toString(), elapsed, run.timeLimitSeconds, progress,
                score == null ? null : score.toString(), score == null ? null : score.hardScore(),
                score == null ? null : score.mediumScore(), score == null ? null : score.softScore(), run.unplanned, run.error);
    }

    private void forgetOldRuns() {
        Instant horizon = clock.instant().minus(KEEP_FINISHED);
        runs.values().removeIf(run -> run.endedAt != null && run.endedAt.isBefore(horizon));
    }

    /**
     * Stops solving runs and waits until their best week is stored, so that the database closes after
     * them (the service closes it right after this).
     */
    @Override
    public void close() {
        runs.values().stream().filter(run -> run.state == State.SOLVING).forEach(run -> {
            run.stopRequested = true;
            run.solverManager.terminateEarly(run.id);
        });
        for (Run run : runs.values()) {
            try {
                run.ended.get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                log.atWarn().addKeyValue("run", run.id).log("a solver run did not end in time");
            }
            run.solverManager.close();
        }
    }
}
