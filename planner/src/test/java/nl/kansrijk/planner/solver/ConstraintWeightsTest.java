package nl.kansrijk.planner.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import nl.kansrijk.planner.baseline.GreedyScheduler;
import nl.kansrijk.planner.demo.DemoInstances;
import nl.kansrijk.planner.domain.TutoringSchedule;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;

/** A school's weights reach the score: the same week scores differently when one rule is weighted differently. */
class ConstraintWeightsTest {

    private final SolutionManager<TutoringSchedule, HardMediumSoftScore> solutionManager = SolutionManager.create(
            SolverConfigs.solverFactory(SolverConfigs.Termination.timeLimit(Duration.ofSeconds(1))));

    private static TutoringSchedule greedyWeek() {
        TutoringSchedule schedule = DemoInstances.generate(DemoInstances.Size.SMALL, 42);
        new GreedyScheduler().schedule(schedule);
        return schedule;
    }

    @Test
    void pullOutWeight_zero_removesExactlyThePullOutPenalty() {
        TutoringSchedule defaults = greedyWeek();
        ScheduleExplanation explanation = new ScheduleExplainer(solutionManager).explain(defaults);
        long pullOuts = explanation.brokenRules().stream()
                .filter(rule -> rule.constraintName().equals("Pupil pulled out of a lesson")).count();
        assertThat(pullOuts).isPositive();

        TutoringSchedule noPullOutPenalty = greedyWeek();
        noPullOutPenalty.getConstraintWeights().setPullOut(HardMediumSoftScore.ZERO);
        HardMediumSoftScore withoutPullOuts = solutionManager.update(noPullOutPenalty);

        // Default weight: 20 soft per pupil pulled out of a lesson.
        assertThat(withoutPullOuts.softScore() - explanation.score().softScore()).isEqualTo(20 * pullOuts);
        assertThat(withoutPullOuts.mediumScore()).isEqualTo(explanation.score().mediumScore());
    }
}
