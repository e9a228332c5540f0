package nl.kansrijk.planner.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TutoringScheduleTest {

    private static final Timeslot MON_1 = new Timeslot("MON-1", DayOfWeek.MONDAY, LocalTime.of(8, 30),
            LocalTime.of(9, 20), TimeslotKind.REGULAR_PERIOD);
    private static final Timeslot MON_4 = new Timeslot("MON-4", DayOfWeek.MONDAY, LocalTime.of(11, 20),
            LocalTime.of(12, 10), TimeslotKind.REGULAR_PERIOD);
    private static final Room ROOM = new Room("A", "Room A", 2);

    @Test
    void clearIncompletePlacements_timeWithoutRoom_isEmptiedUnlessPinned() {
        Pupil pupil = new Pupil("a", 1, "havo", null, Map.of(), List.of(MON_1));
        TutoringPair pair = new TutoringPair("P", List.of(pupil), Programme.IN_SCHOOL, "wi", 3);
        TutoringSession halfPlaced = new TutoringSession("P-s1", pair, 0, MON_1, null);
        TutoringSession pinnedHalf = new TutoringSession("P-s2", pair, 1, MON_1, null);
        pinnedHalf.setPinned(true);
        TutoringSession placed = new TutoringSession("P-s3", pair, 2, MON_1, ROOM);
        TutoringSchedule schedule = new TutoringSchedule("test", List.of(MON_1), List.of(ROOM), List.of(),
                List.of(pupil), PullOutRules.defaults(), new ConstraintWeights(), List.of(pair),
                List.of(halfPlaced, pinnedHalf, placed));

        assertThat(schedule.clearIncompletePlacements()).isEqualTo(1);

        assertThat(halfPlaced.getTimeslot()).isNull();
        assertThat(pinnedHalf.getTimeslot()).isSameAs(MON_1);
        assertThat(placed.getRoom()).isSameAs(ROOM);
    }

    @Test
    void withSessionsFor_pairOfThreeSessions_createsNumberedSessions() {
        Pupil pupil = new Pupil("a", 1, "havo", null, Map.of(), List.of(MON_1));
        TutoringPair pair = new TutoringPair("P", List.of(pupil), Programme.IN_SCHOOL, "wi", 3);
        TutoringSchedule schedule = TutoringSchedule.withSessionsFor("test", List.of(MON_1), List.of(ROOM),
                List.of(), List.of(pupil), PullOutRules.defaults(), new ConstraintWeights(), List.of(pair));
        assertThat(schedule.getSessions()).map(TutoringSession::getId).containsExactly("P-s1", "P-s2", "P-s3");
    }

    @Test
    void pupilLastLessonEnd_lessonsInPeriodsOneAndFour_endsAtFourTen() {
        Pupil pupil = new Pupil("a", 1, "havo", null, Map.of("MON-1", "ne", "MON-4", "gs"), List.of(MON_1, MON_4));
        assertThat(pupil.lastLessonEnd(DayOfWeek.MONDAY)).contains(LocalTime.of(12, 10));
        assertThat(pupil.lastLessonEnd(DayOfWeek.TUESDAY)).isEmpty();
    }

    @Test
    void pullOutRules_defaults_protectCoreSubjectsOnly() {
        PullOutRules rules = PullOutRules.defaults();
        assertThat(rules.allowsMissing("wi")).isFalse();
        assertThat(rules.allowsMissing("gs")).isTrue();
        PullOutRules onlyArt = new PullOutRules(Set.of("ne"), Set.of("bv"), 1);
        assertThat(onlyArt.allowsMissing("gs")).isFalse();
        assertThat(onlyArt.allowsMissing("bv")).isTrue();
    }
}
