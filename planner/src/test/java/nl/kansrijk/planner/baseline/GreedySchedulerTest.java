package nl.kansrijk.planner.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import nl.kansrijk.planner.demo.DemoInstances;
import nl.kansrijk.planner.domain.TutoringPair;
import nl.kansrijk.planner.domain.TutoringSchedule;
import nl.kansrijk.planner.domain.TutoringSession;
import nl.kansrijk.planner.solver.SolverConfigs;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;

class GreedySchedulerTest {

    private final SolutionManager<TutoringSchedule, HardMediumSoftScore> solutionManager = SolutionManager.create(
            SolverConfigs.solverFactory(SolverConfigs.Termination.timeLimit(Duration.ofSeconds(1))));

    @Test
    void schedule_smallSchool_breaksNoHardRuleAndPlansMostSessions() {
        TutoringSchedule schedule = DemoInstances.generate(DemoInstances.Size.SMALL, 42);
        new GreedyScheduler().schedule(schedule);
        HardMediumSoftScore score = solutionManager.update(schedule);
        assertThat(score.hardScore()).isZero();
        assertThat(schedule.unplannedSessionCount()).isLessThan(schedule.getSessions().size() / 10);
        assertThat(-score.mediumScore()).isEqualTo(schedule.unplannedSessionCount());
    }

    @Test
    void schedule_pinnedSession_staysWhereItIs() {
        TutoringSchedule schedule = DemoInstances.generate(DemoInstances.Size.SMALL, 42);
        TutoringSession pinned = schedule.getSessions().get(0);
        TutoringPair pair = pinned.getPair();
        pair.assignTutor(schedule.getTutors().stream().filter(tutor -> tutor.teaches(pair.getSubject()))
                .reduce((first, second) -> second).orElseThrow());
        pinned.setTimeslot(schedule.getTimeslots().get(7));
        pinned.setRoom(schedule.getRooms().get(3));
        pinned.setPinned(true);
        pair.setPinned(true);

        new GreedyScheduler().schedule(schedule);

        assertThat(pinned.getTimeslot()).isSameAs(schedule.getTimeslots().get(7));
        assertThat(pinned.getRoom()).isSameAs(schedule.getRooms().get(3));
        assertThat(schedule.getSessions()).filteredOn(session -> session != pinned && session.getRoom() != null)
                .noneMatch(session -> session.getRoom() == pinned.getRoom()
                        && session.getTimeslot() == pinned.getTimeslot());
    }
}
