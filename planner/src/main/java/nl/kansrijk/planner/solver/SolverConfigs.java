package nl.kansrijk.planner.solver;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import nl.kansrijk.planner.domain.TutoringPair;
import nl.kansrijk.planner.domain.TutoringSchedule;
import nl.kansrijk.planner.domain.TutoringSession;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicType;
import org.optaplanner.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import org.optaplanner.core.config.heuristic.selector.entity.EntitySelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.PillarChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.value.ValueSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * Builds the solver configuration in Java: BAVET constraint streams, a construction heuristic that places
 * sessions first and then picks each pair's tutor, and a late-acceptance local search.
 */
public final class SolverConfigs {

    private SolverConfigs() {
    }

    /**
     * When solving stops.
     *
     * @param timeLimit hard wall-clock limit; never null
     * @param unimprovedLimit stop when the best score has not improved for this long; null for none
     * @param stopAtFirstFeasible stop as soon as no hard constraint is broken (for tests and previews)
     */
    public record Termination(Duration timeLimit, Duration unimprovedLimit, boolean stopAtFirstFeasible) {

        public Termination {
            Objects.requireNonNull(timeLimit, "timeLimit");
        }

        public static Termination timeLimit(Duration timeLimit) {
            return new Termination(timeLimit, null, false);
        }
    }

    /** Tuning knobs, recorded in docs/BENCHMARKS.md; {@link #tuned()} is what the app uses. */
    public record Tuning(ConstructionHeuristicType constructionHeuristic, boolean tutorsFirst,
            boolean swapMoves, boolean pillarMoves, int lateAcceptanceSize, String moveThreadCount) {

        public static Tuning tuned() {
            return new Tuning(ConstructionHeuristicType.FIRST_FIT, false, true, true, 400, null);
        }
    }

    /** The solver configuration with the tuned defaults. */
    public static SolverConfig solverConfig(Termination termination) {
        return solverConfig(termination, Tuning.tuned());
    }

    public static SolverFactory<TutoringSchedule> solverFactory(Termination termination) {
        return SolverFactory.create(solverConfig(termination));
    }

    public static SolverConfig solverConfig(Termination termination, Tuning tuning) {
        TerminationConfig terminationConfig = new TerminationConfig()
                .withSpentLimit(termination.timeLimit());
        if (termination.unimprovedLimit() != null) {
            terminationConfig.setUnimprovedSpentLimit(termination.unimprovedLimit());
        }
        if (termination.stopAtFirstFeasible()) {
            terminationConfig.setBestScoreFeasible(true);
        }
        List<PhaseConfig> phases = tuning.tutorsFirst()
                ? List.of(construction(TutoringPair.class, tuning), construction(TutoringSession.class, tuning),
                        localSearch(tuning))
                : List.of(construction(TutoringSession.class, tuning), construction(TutoringPair.class, tuning),
                        localSearch(tuning));
        SolverConfig config = new SolverConfig()
                .withSolutionClass(TutoringSchedule.class)
                .withEntityClasses(TutoringPair.class, TutoringSession.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(TutoringConstraintProvider.class)
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET))
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withTerminationConfig(terminationConfig)
                .withPhases(phases.toArray(PhaseConfig[]::new));
        if (tuning.moveThreadCount() != null) {
            config.setMoveThreadCount(tuning.moveThreadCount());
        }
        return config;
    }

    private static ConstructionHeuristicPhaseConfig construction(Class<?> entityClass, Tuning tuning) {
        return new ConstructionHeuristicPhaseConfig()
                .withEntityPlacerConfig(new QueuedEntityPlacerConfig()
                        .withEntitySelectorConfig(new EntitySelectorConfig(entityClass)))
                .withConstructionHeuristicType(tuning.constructionHeuristic());
    }

    private static LocalSearchPhaseConfig localSearch(Tuning tuning) {
        List<MoveSelectorConfig> moves = new java.util.ArrayList<>();
        moves.add(new ChangeMoveSelectorConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig(TutoringSession.class)));
        moves.add(new ChangeMoveSelectorConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig(TutoringPair.class)));
        if (tuning.swapMoves()) {
            // Swapping two sessions' times keeps both pairs' days filled when the week is tight.
            moves.add(new SwapMoveSelectorConfig()
                    .withEntitySelectorConfig(new EntitySelectorConfig(TutoringSession.class))
                    .withVariableNameIncludes("timeslot"));
            moves.add(new SwapMoveSelectorConfig()
                    .withEntitySelectorConfig(new EntitySelectorConfig(TutoringPair.class)));
        }
        if (tuning.pillarMoves()) {
            // Moving all sessions that share a room at once lets a pair settle into one room.
            moves.add(new PillarChangeMoveSelectorConfig()
                    .withValueSelectorConfig(new ValueSelectorConfig("room")));
        }
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig(moves))
                .withAcceptorConfig(new LocalSearchAcceptorConfig()
                        .withLateAcceptanceSize(tuning.lateAcceptanceSize()))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
    }
}
