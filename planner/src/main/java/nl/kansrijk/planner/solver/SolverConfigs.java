package nl.kansrijk.planner.solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import nl.kansrijk.planner.domain.TutoringPair;
import nl.kansrijk.planner.domain.TutoringSchedule;
import nl.kansrijk.planner.domain.TutoringSession;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import org.optaplanner.core.config.heuristic.selector.common.SelectionCacheType;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.heuristic.selector.common.SelectionOrder;
import org.optaplanner.core.config.heuristic.selector.common.decorator.SelectionSorterOrder;
import org.optaplanner.core.config.heuristic.selector.entity.EntitySelectorConfig;
import org.optaplanner.core.config.heuristic.selector.entity.pillar.PillarSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.CartesianProductMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
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
 * Builds the solver configuration in Java: BAVET constraint streams; construction by the greedy scheduler
 * ({@link GreedyConstructionPhase}); then an entity-tabu local search. docs/BENCHMARKS.md records why (the generic construction heuristics alone left
 * ten times more sessions unplanned on the demo school).
 */
public final class SolverConfigs {

    private SolverConfigs() {
    }

    /**
     * When solving stops.
     *
     * @param timeLimit hard wall-clock limit; never null
     * @param unimprovedLimit stop when the best score has not improved for this long; null for none
     * @param stopAtFirstFeasible after construction, stop local search as soon as no hard constraint is broken
     *     (for tests and previews)
     */
    public record Termination(Duration timeLimit, Duration unimprovedLimit, boolean stopAtFirstFeasible) {

        public Termination {
            Objects.requireNonNull(timeLimit, "timeLimit");
        }

        public static Termination timeLimit(Duration timeLimit) {
            return new Termination(timeLimit, null, false);
        }
    }

    /**
     * Tuning knobs, recorded in docs/BENCHMARKS.md; {@link #tuned()} is what the app uses.
     *
     * @param greedyConstruction build the first week with {@link GreedyConstructionPhase}; otherwise with
     *     OptaPlanner's first-fit construction heuristic per entity class
     * @param hardestSessionsFirst without greedy construction: place sessions in {@link SessionDifficultyComparator}
     *     order, hardest first
     * @param tutorsFirst without greedy construction: assign tutors before sessions instead of after
     * @param swapMoves add (timeslot, room) cartesian moves and swap moves to the plain change moves
     * @param pillarMoves add pillar-change moves on the room of sessions that share a room
     * @param pairRecreateMoves add {@link PairRecreateMove}s (a pair's tutor and sessions re-placed at once)
     * @param lateAcceptanceSize late acceptance with this size; 0 means entity tabu search instead
     * @param tabuAcceptedCountLimit moves a tabu step evaluates before it picks the best one
     * @param moveThreadCount OptaPlanner's moveThreadCount ("2", "AUTO"); null for single-threaded solving
     */
    public record Tuning(boolean greedyConstruction, boolean hardestSessionsFirst, boolean tutorsFirst,
            boolean swapMoves, boolean pillarMoves, boolean pairRecreateMoves, int lateAcceptanceSize,
            int tabuAcceptedCountLimit, String moveThreadCount) {

        public static Tuning tuned() {
            return new Tuning(true, false, false, true, false, true, 0, 300, null);
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

        List<PhaseConfig> phases = new ArrayList<>();
        if (tuning.greedyConstruction()) {
            phases.add(new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(GreedyConstructionPhase.class)));
        }
        // Without the greedy phase, OptaPlanner's construction heuristics build the first solution. After it they
        // are left out: the greedy phase already tried every slot and room for what it left empty.
        if (!tuning.greedyConstruction() && tuning.tutorsFirst()) {
            phases.add(construction(TutoringPair.class, tuning));
            phases.add(construction(TutoringSession.class, tuning));
        } else if (!tuning.greedyConstruction()) {
            phases.add(construction(TutoringSession.class, tuning));
            phases.add(construction(TutoringPair.class, tuning));
        }
        LocalSearchPhaseConfig localSearch = localSearch(tuning);
        if (termination.stopAtFirstFeasible()) {
            // On the local search only: with nullable variables the empty week already has 0 hard, so a solver-wide
            // feasibility termination would stop before anything is built.
            localSearch.setTerminationConfig(new TerminationConfig().withBestScoreFeasible(true));
        }
        phases.add(localSearch);
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

    /** First fit per entity class: each entity in turn gets the value that scores best so far. */
    private static ConstructionHeuristicPhaseConfig construction(Class<?> entityClass, Tuning tuning) {
        EntitySelectorConfig entities = new EntitySelectorConfig(entityClass);
        if (tuning.hardestSessionsFirst() && entityClass == TutoringSession.class) {
            entities.withCacheType(SelectionCacheType.PHASE)
                    .withSelectionOrder(SelectionOrder.SORTED)
                    .withSorterComparatorClass(SessionDifficultyComparator.class)
                    .withSorterOrder(SelectionSorterOrder.DESCENDING);
        }
        String selectorId = entityClass.getSimpleName() + "Placer";
        entities.setId(selectorId);
        List<MoveSelectorConfig> valueChoices = new ArrayList<>();
        for (String variable : entityClass == TutoringSession.class ? List.of("timeslot", "room") : List.of("tutor")) {
            valueChoices.add(new ChangeMoveSelectorConfig()
                    .withEntitySelectorConfig(new EntitySelectorConfig().withMimicSelectorRef(selectorId))
                    .withValueSelectorConfig(new ValueSelectorConfig(variable)));
        }
        // A session tries every (timeslot, room) combination, so a free room is found together with its time.
        MoveSelectorConfig placement = valueChoices.size() == 1 ? valueChoices.get(0)
                : new CartesianProductMoveSelectorConfig(valueChoices);
        return new ConstructionHeuristicPhaseConfig()
                .withEntityPlacerConfig(new QueuedEntityPlacerConfig()
                        .withEntitySelectorConfig(entities)
                        .withMoveSelectorConfigs(placement));
    }

    private static LocalSearchPhaseConfig localSearch(Tuning tuning) {
        List<MoveSelectorConfig> moves = new ArrayList<>();
        moves.add(new ChangeMoveSelectorConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig(TutoringSession.class)));
        moves.add(new ChangeMoveSelectorConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig(TutoringPair.class)));
        if (tuning.swapMoves()) {
            // Rooms are nearly full: a session moves to a new time together with a room free then, and two
            // sessions swap time and room at once, so neither move has to pass through a room conflict.
            EntitySelectorConfig movingSession = new EntitySelectorConfig(TutoringSession.class)
                    .withId("movingSession");
            moves.add(new CartesianProductMoveSelectorConfig(List.of(
                    new ChangeMoveSelectorConfig().withEntitySelectorConfig(movingSession)
                            .withValueSelectorConfig(new ValueSelectorConfig("timeslot")),
                    new ChangeMoveSelectorConfig()
                            .withEntitySelectorConfig(new EntitySelectorConfig().withMimicSelectorRef("movingSession"))
                            .withValueSelectorConfig(new ValueSelectorConfig("room")))));
            moves.add(new SwapMoveSelectorConfig()
                    .withEntitySelectorConfig(new EntitySelectorConfig(TutoringSession.class)));
            moves.add(new SwapMoveSelectorConfig()
                    .withEntitySelectorConfig(new EntitySelectorConfig(TutoringPair.class)));
        }
        if (tuning.pillarMoves()) {
            // Moving all sessions that share a room at once lets a pair settle into one room.
            moves.add(new PillarChangeMoveSelectorConfig()
                    .withPillarSelectorConfig(new PillarSelectorConfig()
                            .withEntitySelectorConfig(new EntitySelectorConfig(TutoringSession.class)))
                    .withValueSelectorConfig(new ValueSelectorConfig("room")));
        }
        if (tuning.pairRecreateMoves()) {
            moves.add(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(PairRecreateMoveFactory.class));
        }
        LocalSearchPhaseConfig phase = new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig(moves));
        if (tuning.lateAcceptanceSize() > 0) {
            phase.withAcceptorConfig(new LocalSearchAcceptorConfig()
                            .withLateAcceptanceSize(tuning.lateAcceptanceSize()))
                    .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
        } else {
            // Late acceptance size 0 means: entity tabu search instead.
            phase.withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuSize(7))
                    .withForagerConfig(new LocalSearchForagerConfig()
                            .withAcceptedCountLimit(tuning.tabuAcceptedCountLimit()));
        }
        return phase;
    }
}
