package nl.kansrijk.planner.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import nl.kansrijk.planner.demo.DemoInstances;
import nl.kansrijk.planner.domain.TutoringSchedule;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

/** End to end: the small school, solved until one second passes without improvement. */
class SmallSchoolSolveTest {

    @Test
    void solve_smallSchool_givesAWorkableWeek() {
        SolverFactory<TutoringSchedule> factory = SolverConfigs.solverFactory(
                new SolverConfigs.Termination(Duration.ofSeconds(20), Duration.ofSeconds(1), false));
        TutoringSchedule problem = DemoInstances.generate(DemoInstances.Size.SMALL, 42);

        TutoringSchedule solved = factory.buildSolver().solve(problem);

        assertThat(solved.getScore().isFeasible()).as("score %s", solved.getScore()).isTrue();
        ScheduleAssertions.assertWorkable(solved);
        // The incrementally kept score equals a score calculated from scratch (no corruption).
        HardMediumSoftScore solverScore = solved.getScore();
        assertThat(SolutionManager.create(factory).update(solved)).isEqualTo(solverScore);
        assertThat(solved.unplannedSessionCount()).isLessThan(solved.getSessions().size() / 10);
    }
}
