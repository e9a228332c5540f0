package nl.kansrijk.planner.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import nl.kansrijk.planner.demo.DemoInstances;
import nl.kansrijk.planner.domain.TutoringSchedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * Solves in FULL_ASSERT mode, which recalculates the score from scratch after every move and fails on any
 * difference (e.g. a shadow variable not kept in step). Slow, so only with {@code -Dplanner.fullAssert=true}.
 */
@EnabledIfSystemProperty(named = "planner.fullAssert", matches = "true")
class FullAssertSolveTest {

    @Test
    void solve_smallSchoolInFullAssertMode_hasNoScoreCorruption() {
        SolverConfig config = SolverConfigs.solverConfig(SolverConfigs.Termination.timeLimit(Duration.ofSeconds(30)))
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT);
        TutoringSchedule solved = SolverFactory.<TutoringSchedule>create(config).buildSolver()
                .solve(DemoInstances.generate(DemoInstances.Size.SMALL, 42));
        assertThat(solved.getScore().isFeasible()).isTrue();
    }
}
