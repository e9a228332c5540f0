package nl.kansrijk.planner.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import nl.kansrijk.planner.baseline.GreedyScheduler;
import nl.kansrijk.planner.demo.DemoInstances;
import nl.kansrijk.planner.demo.KottenparkInstance;
import nl.kansrijk.planner.domain.TutoringSchedule;
import nl.kansrijk.planner.solver.SolverConfigs;
import nl.kansrijk.planner.solver.SolverConfigs.Termination;
import nl.kansrijk.planner.solver.SolverConfigs.Tuning;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * Benchmark entry point. For each instance: the greedy baseline's score, then one solver run of {@code seconds}
 * (default 30) that records every new best score, from which it reports the time to the first feasible solution
 * (0 hard, fully initialised), the best score at 5, 10 and 30 s, and the score calculation speed.
 * <p>
 * Run from the repository root:
 * {@code mvn -q -pl planner exec:java -Dexec.mainClass=nl.kansrijk.planner.bench.PlannerBenchmark
 * -Dexec.args="small,demo,large,kottenpark 30 tuned"}. Arguments: instances (comma-separated), seconds, tuning name
 * ({@link #TUNINGS}).
 */
public final class PlannerBenchmark {

    static final long SEED = 42;
    static final int[] CHECKPOINT_SECONDS = {5, 10, 30};

    /** Configurations tried while tuning; "tuned" is {@link Tuning#tuned()}. */
    static final Map<String, Tuning> TUNINGS = new LinkedHashMap<>();

    static {
        TUNINGS.put("tuned", Tuning.tuned());
        // Tuning(greedyConstruction, hardestSessionsFirst, tutorsFirst, swapMoves, pillarMoves, pairRecreateMoves,
        // lateAcceptanceSize (0 = tabu), tabuAcceptedCountLimit, moveThreadCount): the alternatives measured in
        // docs/BENCHMARKS.md.
        TUNINGS.put("ch-sessions-first", new Tuning(false, false, false, true, true, false, 400, 1000, null));
        TUNINGS.put("ch-tutors-first", new Tuning(false, false, true, true, true, false, 400, 1000, null));
        TUNINGS.put("ch-hardest-first", new Tuning(false, true, false, true, true, false, 400, 1000, null));
        TUNINGS.put("la-change-only", new Tuning(true, false, false, false, false, false, 400, 1000, null));
        TUNINGS.put("la", new Tuning(true, false, false, true, true, false, 400, 1000, null));
        TUNINGS.put("la-no-pillar", new Tuning(true, false, false, true, false, false, 400, 1000, null));
        TUNINGS.put("la-2000", new Tuning(true, false, false, true, true, false, 2000, 1000, null));
        TUNINGS.put("la-threads-2", new Tuning(true, false, false, true, true, false, 400, 1000, "2"));
        TUNINGS.put("tabu-pillar", new Tuning(true, false, false, true, true, false, 0, 1000, null));
        TUNINGS.put("tabu-pillar-threads-2", new Tuning(true, false, false, true, true, false, 0, 1000, "2"));
        TUNINGS.put("tabu-accept-100", new Tuning(true, false, false, true, false, false, 0, 100, null));
        TUNINGS.put("tabu-accept-1000", new Tuning(true, false, false, true, false, false, 0, 1000, null));
        TUNINGS.put("tuned-without-pair-recreate", new Tuning(true, false, false, true, false, false, 0, 300, null));
        TUNINGS.put("tuned-threads-2", new Tuning(true, false, false, true, false, true, 0, 300, "2"));
        TUNINGS.put("tabu-accept-1000-threads-2", new Tuning(true, false, false, true, false, false, 0, 1000, "2"));
    }

    private PlannerBenchmark() {
    }

    /** One instance's results. */
    record Result(String instance, int pairs, int sessions, HardMediumSoftScore greedy, long greedyUnplanned,
            Long firstFeasibleMillis, List<HardMediumSoftScore> checkpoints, long scoreCalculationSpeed,
            long finalUnplanned) {
    }

    public static void main(String[] args) {
        List<String> instances = List.of((args.length > 0 ? args[0] : "small,demo,large,kottenpark").split(","));
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        String tuningName = args.length > 2 ? args[2] : "tuned";
        Tuning tuning = TUNINGS.get(tuningName);
        if (tuning == null) {
            throw new IllegalArgumentException("Unknown tuning " + tuningName + "; known: " + TUNINGS.keySet());
        }
        System.out.printf("tuning=%s %s, %d s per instance, seed %d%n", tuningName, tuning, seconds, SEED);
        System.out.println("| instance | pairs | sessions | greedy (unplanned) | first feasible | best @5 s | best @10 s"
                + " | best @30 s | unplanned @end | score calc/s |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (String name : instances) {
            Result result = run(name, () -> instance(name), seconds, tuning);
            System.out.printf("| %s | %d | %d | %s (%d) | %s | %s | %s | %s | %d | %d |%n", result.instance(),
                    result.pairs(), result.sessions(), result.greedy(), result.greedyUnplanned(),
                    result.firstFeasibleMillis() == null ? "not reached"
                            : String.format("%.1f s", result.firstFeasibleMillis() / 1000.0),
                    result.checkpoints().get(0), result.checkpoints().get(1), result.checkpoints().get(2),
                    result.finalUnplanned(), result.scoreCalculationSpeed());
        }
    }

    static TutoringSchedule instance(String name) {
        return switch (name) {
            case "small" -> DemoInstances.generate(DemoInstances.Size.SMALL, SEED);
            case "demo" -> DemoInstances.generate(DemoInstances.Size.DEMO, SEED);
            case "large" -> DemoInstances.generate(DemoInstances.Size.LARGE, SEED);
            case "kottenpark" -> KottenparkInstance.load(kottenparkDirectory(), KottenparkInstance.DEFAULT_SEED);
            default -> throw new IllegalArgumentException("Unknown instance " + name);
        };
    }

    /** The CSV folder from the repository root or from the planner module. */
    public static Path kottenparkDirectory() {
        Path fromRoot = KottenparkInstance.DEFAULT_DIRECTORY;
        return Files.isDirectory(fromRoot) ? fromRoot : Path.of("..").resolve(fromRoot);
    }

    static Result run(String name, Supplier<TutoringSchedule> instance, int seconds, Tuning tuning) {
        SolverFactory<TutoringSchedule> factory = SolverFactory.create(
                SolverConfigs.solverConfig(Termination.timeLimit(Duration.ofSeconds(seconds)), tuning));
        SolutionManager<TutoringSchedule, HardMediumSoftScore> solutionManager = SolutionManager.create(factory);

        TutoringSchedule greedy = instance.get();
        new GreedyScheduler().schedule(greedy);
        HardMediumSoftScore greedyScore = solutionManager.update(greedy);

        TutoringSchedule problem = instance.get();
        Solver<TutoringSchedule> solver = factory.buildSolver();
        List<long[]> bestTimes = new ArrayList<>();
        List<HardMediumSoftScore> bestScores = new ArrayList<>();
        solver.addEventListener(event -> {
            bestTimes.add(new long[] {event.getTimeMillisSpent()});
            bestScores.add((HardMediumSoftScore) event.getNewBestScore());
        });
        TutoringSchedule solved = solver.solve(problem);
        Long firstFeasible = null;
        for (int i = 0; i < bestScores.size(); i++) {
            if (bestScores.get(i).isSolutionInitialized() && bestScores.get(i).hardScore() == 0) {
                firstFeasible = bestTimes.get(i)[0];
                break;
            }
        }
        List<HardMediumSoftScore> checkpoints = new ArrayList<>();
        for (int checkpoint : CHECKPOINT_SECONDS) {
            HardMediumSoftScore atCheckpoint = null;
            for (int i = 0; i < bestScores.size(); i++) {
                if (bestTimes.get(i)[0] <= checkpoint * 1000L) {
                    atCheckpoint = bestScores.get(i);
                }
            }
            checkpoints.add(checkpoint <= seconds ? atCheckpoint : null);
        }
        long speed = ((DefaultSolver<TutoringSchedule>) solver).getSolverScope().getScoreCalculationSpeed();
        return new Result(name, problem.getPairs().size(), problem.getSessions().size(), greedyScore,
                greedy.unplannedSessionCount(), firstFeasible, checkpoints, speed, solved.unplannedSessionCount());
    }
}
