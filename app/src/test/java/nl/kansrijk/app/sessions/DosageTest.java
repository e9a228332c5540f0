package nl.kansrijk.app.sessions;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The dosage rules of {@link Dosage}, one at a time, on a pair (pupils 1 and 2) with tutor 7. */
class DosageTest {

    private static final long TUTOR = 7;
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);
    private static final LocalDate NEXT_FRIDAY = MONDAY.plusDays(11);
    /** Pair 1 twice a week: Monday (50 min) and Thursday (60 min). */
    private static final List<Dosage.PlannedSession> WEEK = List.of(
            new Dosage.PlannedSession(1, 1, TUTOR, DayOfWeek.MONDAY, 50, List.of(1L, 2L)),
            new Dosage.PlannedSession(1, 2, TUTOR, DayOfWeek.THURSDAY, 60, List.of(1L, 2L)));

    @Test
    void compute_latePupil_countsAsAttendedWithTheRecordedMinutes() {
        Dosage.Result result = Dosage.compute(WEEK, List.of(held(1, MONDAY, 40, "LATE", "PRESENT")), MONDAY, MONDAY);

        // Only Monday is in the range: 50 planned, 40 given and attended by both = 80.0 %, exactly on target.
        assertThat(pupil(result, 1).attendedMinutes()).isEqualTo(40);
        assertThat(pupil(result, 1).percentAttended()).isEqualTo(80.0);
        assertThat(pupil(result, 1).belowTarget()).isFalse();
        assertThat(pupil(result, 1).missedReasons()).isEmpty();
    }

    @Test
    void compute_cancelledSession_isPlannedButNotGivenAndItsReasonCounts() {
        Dosage.Result result = Dosage.compute(WEEK, List.of(cancelled(1, MONDAY, "SCHOOL_EVENT")), MONDAY, MONDAY);

        Dosage.PupilDosage pupil = pupil(result, 2);
        assertThat(List.of(pupil.plannedSessions(), pupil.givenSessions(), pupil.attendedSessions())).containsExactly(1, 0, 0);
        assertThat(pupil.percentAttended()).isEqualTo(0.0);
        assertThat(pupil.belowTarget()).isTrue();
        assertThat(pupil.missedReasons()).isEqualTo(Map.of("SCHOOL_EVENT", 1));
        assertThat(result.tutors().get(0).cancelledSessions()).isEqualTo(1);
        assertThat(result.tutors().get(0).notRecordedSessions()).isZero();
    }

    @Test
    void compute_sessionHeldOnAnotherDayOfItsWeek_countsForThatWeeksPlannedSession() {
        // Thursday's session (index 2) was held on Tuesday, before the coordinator moved it.
        Dosage.Result result = Dosage.compute(WEEK, List.of(held(2, TUESDAY, 60, "PRESENT", "PRESENT")),
                MONDAY, MONDAY.plusDays(4));

        // Planned 50 + 60 = 110; attended 60 → 54.5 %; Monday is not recorded, Thursday's session is.
        Dosage.PupilDosage pupil = pupil(result, 1);
        assertThat(List.of(pupil.plannedMinutes(), pupil.attendedMinutes())).containsExactly(110, 60);
        assertThat(pupil.percentAttended()).isEqualTo(54.5);
        assertThat(pupil.missedReasons()).isEqualTo(Map.of(Dosage.NOT_RECORDED, 1));
    }

    @Test
    void compute_overTwoWeeks_splitsPlannedAndAttendedPerWeek() {
        Dosage.Result result = Dosage.compute(WEEK, List.of(
                        held(1, MONDAY, 50, "PRESENT", "ABSENT_WITH_NOTICE"),
                        held(2, MONDAY.plusDays(3), 60, "PRESENT", "PRESENT"),
                        held(1, MONDAY.plusWeeks(1), 50, "PRESENT", "PRESENT")),
                MONDAY, NEXT_FRIDAY);

        // Two weeks × (50 + 60) = 220 planned; pupil 2 attended 60 + 50 = 110 → 50.0 %.
        Dosage.PupilDosage pupil = pupil(result, 2);
        assertThat(pupil.plannedMinutes()).isEqualTo(220);
        assertThat(pupil.attendedMinutes()).isEqualTo(110);
        assertThat(pupil.percentAttended()).isEqualTo(50.0);
        assertThat(pupil.missedReasons()).isEqualTo(Map.of("ABSENT_WITH_NOTICE", 1, Dosage.NOT_RECORDED, 1));
        assertThat(pupil.weeks()).containsExactly(
                new Dosage.Week(MONDAY, 2, 110, 1, 60),
                new Dosage.Week(MONDAY.plusWeeks(1), 2, 110, 1, 50));
    }

    @Test
    void compute_nothingPlanned_hasNoPercentageAndIsNotFlagged() {
        Dosage.Result result = Dosage.compute(List.of(), List.of(held(1, MONDAY, 50, "PRESENT", "PRESENT")), MONDAY, MONDAY);

        assertThat(pupil(result, 1).givenMinutes()).isEqualTo(50);
        assertThat(pupil(result, 1).percentAttended()).isNull();
        assertThat(pupil(result, 1).belowTarget()).isFalse();
    }

    private static Dosage.RecordedSession held(int index, LocalDate date, int minutes, String first, String second) {
        return new Dosage.RecordedSession(1, index, date, TUTOR, true, null, minutes, Map.of(1L, first, 2L, second));
    }

    private static Dosage.RecordedSession cancelled(int index, LocalDate date, String reason) {
        Map<Long, String> listed = new HashMap<>();
        listed.put(1L, null);
        listed.put(2L, null);
        return new Dosage.RecordedSession(1, index, date, TUTOR, false, reason, 0, listed);
    }

    private static Dosage.PupilDosage pupil(Dosage.Result result, long id) {
        return result.pupils().stream().filter(p -> p.pupilId() == id).findFirst().orElseThrow();
    }
}
