package nl.kansrijk.planner.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.kansrijk.planner.domain.ConstraintWeights;
import nl.kansrijk.planner.domain.Programme;
import nl.kansrijk.planner.domain.Pupil;
import nl.kansrijk.planner.domain.PullOutRules;
import nl.kansrijk.planner.domain.Room;
import nl.kansrijk.planner.domain.Timeslot;
import nl.kansrijk.planner.domain.TimeslotKind;
import nl.kansrijk.planner.domain.Tutor;
import nl.kansrijk.planner.domain.TutoringPair;
import nl.kansrijk.planner.domain.TutoringSchedule;
import nl.kansrijk.planner.domain.TutoringSession;
import org.junit.jupiter.api.Test;

class ScheduleExplainerTest {

    private static final Timeslot MON_1 = new Timeslot("MON-1", DayOfWeek.MONDAY, LocalTime.of(8, 30),
            LocalTime.of(9, 20), TimeslotKind.REGULAR_PERIOD);
    private static final List<Timeslot> WEEK = List.of(MON_1);
    private static final Room ROOM_A = new Room("A", "Room A", 2);
    private static final Room ROOM_B = new Room("B", "Room B", 2);

    private final ScheduleExplainer explainer = new ScheduleExplainer(
            SolverConfigs.solverFactory(SolverConfigs.Termination.timeLimit(Duration.ofSeconds(1))));

    private static Tutor mathsTutor(String id) {
        return new Tutor(id, id, Set.of("wi"), Set.of(MON_1.getId()), 5);
    }

    private static Pupil freePupil(String id) {
        return new Pupil(id, 1, "havo", null, Map.of(), WEEK);
    }

    private static TutoringPair pair(String id, String subject, Tutor tutor, Pupil... pupils) {
        return new TutoringPair(id, List.of(pupils), Programme.IN_SCHOOL, subject, 1, tutor);
    }

    private static TutoringSchedule schedule(List<Room> rooms, List<Tutor> tutors, List<TutoringPair> pairs,
            List<TutoringSession> sessions) {
        List<Pupil> pupils = pairs.stream().flatMap(pair -> pair.getPupils().stream()).distinct().toList();
        return new TutoringSchedule("test", WEEK, rooms, tutors, pupils, PullOutRules.defaults(),
                new ConstraintWeights(), pairs, sessions);
    }

    @Test
    void explain_doubleBookedTutorAndRoom_listsTheConflictPerSessionAndPupil() {
        Tutor tutor = mathsTutor("T1");
        TutoringPair duo = pair("P1", "wi", tutor, freePupil("a"), freePupil("b"));
        TutoringPair single = pair("P2", "wi", tutor, freePupil("c"));
        TutoringSession duoSession = new TutoringSession("P1-s1", duo, 0, MON_1, ROOM_A);
        TutoringSession singleSession = new TutoringSession("P2-s1", single, 0, MON_1, ROOM_A);

        ScheduleExplanation explanation = explainer.explain(schedule(List.of(ROOM_A), List.of(tutor),
                List.of(duo, single), List.of(duoSession, singleSession)));

        assertThat(explanation.score().hardScore()).isNegative();
        assertThat(explanation.bySession().get("P1-s1")).map(BrokenRule::constraintName)
                .contains("Tutor conflict", "Room conflict");
        assertThat(explanation.byPupil().get("c")).map(BrokenRule::constraintName)
                .contains("Tutor conflict", "Room conflict");
        BrokenRule tutorConflict = explanation.bySession().get("P2-s1").stream()
                .filter(rule -> rule.constraintName().equals("Tutor conflict")).findFirst().orElseThrow();
        assertThat(tutorConflict.isHard()).isTrue();
        assertThat(tutorConflict.justification().tutorId()).isEqualTo("T1");
        assertThat(tutorConflict.justification().timeslotId()).isEqualTo("MON-1");
        assertThat(tutorConflict.justification().pupilIds()).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(explanation.unplanned()).isEmpty();
    }

    @Test
    void explain_unplannedSessions_classifiesTheCause() {
        Tutor tutor = mathsTutor("T1");
        TutoringPair german = pair("German", "du", null, freePupil("a"));
        Pupil alwaysInMaths = new Pupil("m", 1, "havo", null, Map.of(MON_1.getId(), "wi"), WEEK);
        TutoringPair noFreeSlot = pair("NoSlot", "wi", tutor, alwaysInMaths);
        List<TutoringPair> pairs = List.of(german, noFreeSlot);
        List<TutoringSession> sessions = List.of(new TutoringSession("German-s1", german, 0),
                new TutoringSession("NoSlot-s1", noFreeSlot, 0));

        ScheduleExplanation explanation = explainer.explain(schedule(List.of(ROOM_A), List.of(tutor), pairs,
                sessions));

        assertThat(explanation.unplanned()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "German-s1", UnplannedReason.NO_TUTOR_FOR_SUBJECT,
                "NoSlot-s1", UnplannedReason.NO_COMMON_FREE_SLOT));
        assertThat(explanation.bySession().get("German-s1")).map(BrokenRule::constraintName)
                .contains("Unplanned session", "Pair without tutor");
    }

    @Test
    void explain_onlyUsableDayTakenByTheSamePair_saysDaysAlreadyUsed() {
        Tutor tutor = mathsTutor("T1");
        TutoringPair twiceAWeek = new TutoringPair("P1", List.of(freePupil("a")), Programme.IN_SCHOOL, "wi", 2, tutor);
        List<TutoringSession> sessions = List.of(new TutoringSession("P1-s1", twiceAWeek, 0, MON_1, ROOM_A),
                new TutoringSession("P1-s2", twiceAWeek, 1));

        ScheduleExplanation explanation = explainer.explain(schedule(List.of(ROOM_A, ROOM_B), List.of(tutor),
                List.of(twiceAWeek), sessions));

        assertThat(explanation.unplanned()).containsExactlyEntriesOf(Map.of("P1-s2", UnplannedReason.DAYS_ALREADY_USED));
    }

    @Test
    void explain_onlyRoomTaken_saysRoomsFull() {
        TutoringPair placed = pair("P1", "wi", mathsTutor("T1"), freePupil("a"));
        TutoringPair waiting = pair("P2", "wi", mathsTutor("T2"), freePupil("b"));
        List<TutoringSession> sessions = List.of(new TutoringSession("P1-s1", placed, 0, MON_1, ROOM_A),
                new TutoringSession("P2-s1", waiting, 0));

        ScheduleExplanation explanation = explainer.explain(schedule(List.of(ROOM_A),
                List.of(placed.getTutor(), waiting.getTutor()), List.of(placed, waiting), sessions));

        assertThat(explanation.unplanned()).containsExactlyEntriesOf(Map.of("P2-s1", UnplannedReason.ROOMS_FULL));
    }

    @Test
    void explain_tutorBusyButRoomFree_saysTakenByOtherSessions() {
        Tutor tutor = mathsTutor("T1");
        TutoringPair placed = pair("P1", "wi", tutor, freePupil("a"));
        TutoringPair waiting = pair("P2", "wi", tutor, freePupil("b"));
        List<TutoringSession> sessions = List.of(new TutoringSession("P1-s1", placed, 0, MON_1, ROOM_A),
                new TutoringSession("P2-s1", waiting, 0));

        ScheduleExplanation explanation = explainer.explain(schedule(List.of(ROOM_A, ROOM_B), List.of(tutor),
                List.of(placed, waiting), sessions));

        assertThat(explanation.unplanned())
                .containsExactlyEntriesOf(Map.of("P2-s1", UnplannedReason.TAKEN_BY_OTHER_SESSIONS));
    }
}
