package nl.kansrijk.planner.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.kansrijk.planner.baseline.GreedyScheduler;
import nl.kansrijk.planner.demo.DemoInstances;
import nl.kansrijk.planner.domain.Tutor;
import nl.kansrijk.planner.domain.TutoringSchedule;
import nl.kansrijk.planner.domain.TutoringSession;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;

class ReplannerTest {

    private final SolverFactory<TutoringSchedule> solverFactory = SolverConfigs.solverFactory(
            new SolverConfigs.Termination(Duration.ofSeconds(10), Duration.ofMillis(500), false));

    /** The small school, planned by the greedy scheduler and published. */
    private static TutoringSchedule publishedWeek() {
        TutoringSchedule schedule = DemoInstances.generate(DemoInstances.Size.SMALL, 42);
        new GreedyScheduler().schedule(schedule);
        Replanner.publish(schedule);
        return schedule;
    }

    /** The tutor with the most Wednesday sessions. */
    private static Tutor busiestWednesdayTutor(TutoringSchedule schedule) {
        Map<Tutor, Integer> counts = new HashMap<>();
        for (TutoringSession session : schedule.getSessions()) {
            if (isOnWednesday(session)) {
                counts.merge(session.getTutor(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static boolean isOnWednesday(TutoringSession session) {
        return session.getTimeslot() != null && session.getTimeslot().getDay() == DayOfWeek.WEDNESDAY;
    }

    /** A coordinator pins every sixth session, none of them the sick tutor's on Wednesday. */
    private static void pinEverySixthSession(TutoringSchedule schedule, Tutor sick) {
        for (int i = 0; i < schedule.getSessions().size(); i += 6) {
            TutoringSession session = schedule.getSessions().get(i);
            if (!(session.getTutor() == sick && isOnWednesday(session))) {
                session.setPinned(true);
            }
        }
    }

    private static Map<String, String> placements(TutoringSchedule schedule) {
        Map<String, String> placements = new HashMap<>();
        for (TutoringSession session : schedule.getSessions()) {
            placements.put(session.getId(), session.getTimeslot() + "/" + session.getRoom() + "/"
                    + session.getPair().getTutor());
        }
        return placements;
    }

    @Test
    void replan_tutorSickOnWednesday_onlyTheirWednesdaySessionsChange() {
        TutoringSchedule published = publishedWeek();
        Tutor sick = busiestWednesdayTutor(published);
        pinEverySixthSession(published, sick);
        Map<String, String> before = placements(published);
        List<String> sickWednesdayIds = published.getSessions().stream()
                .filter(session -> session.getTutor() == sick && isOnWednesday(session))
                .map(TutoringSession::getId).toList();
        List<String> pinnedIds = published.getSessions().stream().filter(TutoringSession::isPinned)
                .map(TutoringSession::getId).toList();

        TutoringSchedule replanned = Replanner.replanForAbsentTutor(published, sick.getId(), DayOfWeek.WEDNESDAY,
                Replanner.Stability.ONLY_AFFECTED_MOVE, solverFactory);

        Map<String, String> after = placements(replanned);
        assertThat(sickWednesdayIds).isNotEmpty();
        for (TutoringSession session : replanned.getSessions()) {
            if (sickWednesdayIds.contains(session.getId())) {
                assertThat(isOnWednesday(session)).as("%s leaves Wednesday", session).isFalse();
            } else {
                assertThat(after.get(session.getId())).as("%s unchanged", session).isEqualTo(before.get(session.getId()));
            }
        }
        assertThat(replanned.getSessions()).filteredOn(TutoringSession::isPinned).map(TutoringSession::getId)
                .containsExactlyInAnyOrderElementsOf(pinnedIds);
        assertThat(replanned.getScore().hardScore()).isZero();
        ScheduleAssertions.assertWorkable(replanned);
    }

    @Test
    void replan_weightedStability_keepsPinsAndTutorsAndClearsTheSickDay() {
        TutoringSchedule published = publishedWeek();
        Tutor sick = busiestWednesdayTutor(published);
        pinEverySixthSession(published, sick);
        Map<String, String> before = placements(published);
        Map<String, String> tutorsBefore = new HashMap<>();
        published.getPairs().forEach(pair -> tutorsBefore.put(pair.getId(), String.valueOf(pair.getTutor())));

        TutoringSchedule replanned = Replanner.replanForAbsentTutor(published, sick.getId(), DayOfWeek.WEDNESDAY,
                Replanner.Stability.WEIGHTED, solverFactory);

        assertThat(replanned.getSessions()).filteredOn(TutoringSession::isPinned).allSatisfy(
                session -> assertThat(placements(replanned).get(session.getId())).isEqualTo(before.get(session.getId())));
        replanned.getPairs().forEach(pair -> assertThat(String.valueOf(pair.getTutor()))
                .isEqualTo(tutorsBefore.get(pair.getId())));
        assertThat(replanned.getSessions()).filteredOn(session -> session.getTutor() == sick)
                .noneMatch(ReplannerTest::isOnWednesday);
        assertThat(replanned.getScore().hardScore()).isZero();
        assertThat(replanned.getPairs()).noneMatch(pair -> pair.isPinned());
    }
}
