package nl.kansrijk.planner.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;

import nl.kansrijk.planner.baseline.GreedyScheduler;
import nl.kansrijk.planner.demo.DemoInstances;
import nl.kansrijk.planner.domain.TutoringSchedule;
import nl.kansrijk.planner.domain.TutoringSession;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;

class PairRecreateMoveFactoryTest {

    private final SolutionManager<TutoringSchedule, HardMediumSoftScore> solutionManager = SolutionManager.create(
            SolverConfigs.solverFactory(SolverConfigs.Termination.timeLimit(Duration.ofSeconds(1))));

    @Test
    void randomMove_onAWorkableWeek_keepsItWorkable() {
        TutoringSchedule schedule = DemoInstances.generate(DemoInstances.Size.DEMO, 42);
        new GreedyScheduler().schedule(schedule);
        assertThat(solutionManager.update(schedule).hardScore()).isZero();
        Random random = new Random(1);
        for (int attempt = 0; attempt < 30; attempt++) {
            PairRecreateMove move = PairRecreateMoveFactory.randomMove(schedule, random);
            move.pair().assignTutor(move.toTutor());
            for (int i = 0; i < move.sessions().size(); i++) {
                TutoringSession session = move.sessions().get(i);
                session.setTimeslot(move.toTimeslots().get(i));
                session.setRoom(move.toRooms().get(i));
            }
            assertThat(solutionManager.update(schedule).hardScore()).as("after %s", move).isZero();
            assertThat(move.pair().getSessions()).allSatisfy(
                    session -> assertThat(session.getTimeslot() == null).isEqualTo(session.getRoom() == null));
        }
    }
}
