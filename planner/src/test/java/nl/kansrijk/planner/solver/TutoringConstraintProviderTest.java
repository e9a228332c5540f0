package nl.kansrijk.planner.solver;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

class TutoringConstraintProviderTest {

    private static final Timeslot MON_1 = regular("MON-1", MONDAY, 8, 30);
    private static final Timeslot MON_2 = regular("MON-2", MONDAY, 9, 20);
    private static final Timeslot MON_4 = regular("MON-4", MONDAY, 11, 20);
    private static final Timeslot TUE_1 = regular("TUE-1", TUESDAY, 8, 30);
    private static final Timeslot WED_1 = regular("WED-1", WEDNESDAY, 8, 30);
    private static final Timeslot THU_1 = regular("THU-1", THURSDAY, 8, 30);
    private static final Timeslot FRI_1 = regular("FRI-1", FRIDAY, 8, 30);
    /** Extended-day slot starting 60 minutes after a period-4 lesson ends (12:10 → 13:10). */
    private static final Timeslot MON_EXTENDED = new Timeslot("MON-X1", MONDAY, LocalTime.of(13, 10),
            LocalTime.of(14, 0), TimeslotKind.EXTENDED_DAY);
    private static final List<Timeslot> WEEK = List.of(MON_1, MON_2, MON_4, TUE_1, WED_1, THU_1, FRI_1, MON_EXTENDED);

    private static final Room ROOM_A = new Room("A", "Room A", 2);
    private static final Room ROOM_B = new Room("B", "Room B", 2);
    private static final Room BOOTH = new Room("BOOTH", "One-seat booth", 1);

    private static final PullOutRules RULES = PullOutRules.defaults();
    private static final PullOutRules TWICE_A_WEEK = new PullOutRules(PullOutRules.DEFAULT_CORE_SUBJECTS, Set.of(), 2);

    private final ConstraintVerifier<TutoringConstraintProvider, TutoringSchedule> constraintVerifier =
            ConstraintVerifier.build(new TutoringConstraintProvider(), TutoringSchedule.class, TutoringPair.class,
                    TutoringSession.class);

    private static Timeslot regular(String id, DayOfWeek day, int hour, int minute) {
        LocalTime start = LocalTime.of(hour, minute);
        return new Timeslot(id, day, start, start.plusMinutes(50), TimeslotKind.REGULAR_PERIOD);
    }

    private static Tutor mathsTutor(String id, Timeslot... available) {
        Set<String> ids = available.length == 0 ? Set.copyOf(WEEK.stream().map(Timeslot::getId).toList())
                : Set.of(Arrays.stream(available).map(Timeslot::getId).toArray(String[]::new));
        return new Tutor(id, "Tutor " + id, Set.of("wi"), ids, 3);
    }

    private static Pupil freePupil(String id, Integer rating) {
        return new Pupil(id, 1, "havo", rating, Map.of(), WEEK);
    }

    private static Pupil pupilWithLessons(String id, Map<String, String> subjectByTimeslotId) {
        return new Pupil(id, 1, "havo", null, subjectByTimeslotId, WEEK);
    }

    private static TutoringPair pair(String id, Tutor tutor, Pupil... pupils) {
        return new TutoringPair(id, List.of(pupils), Programme.IN_SCHOOL, "wi", 5, tutor);
    }

    private static TutoringPair pair(String id, int sessionsPerWeek, Tutor tutor, Pupil... pupils) {
        return new TutoringPair(id, List.of(pupils), Programme.IN_SCHOOL, "wi", sessionsPerWeek, tutor);
    }

    private static TutoringSession session(String id, TutoringPair pair, Timeslot timeslot, Room room) {
        return new TutoringSession(id, pair, pair.getSessions().size(), timeslot, room);
    }

    // Hard

    @Test
    void tutorConflict_sameTutorSameTime_penalizesOverlapMinutes() {
        Tutor tutor = mathsTutor("T1");
        TutoringPair firstPair = pair("P1", tutor, freePupil("a", null));
        TutoringPair secondPair = pair("P2", tutor, freePupil("b", null));
        constraintVerifier.verifyThat(TutoringConstraintProvider::tutorConflict)
                .given(session("P1-1", firstPair, MON_1, ROOM_A), session("P2-1", secondPair, MON_1, ROOM_B))
                .penalizesBy(50);
    }

    @Test
    void tutorConflict_sameTutorConsecutivePeriods_noPenalty() {
        Tutor tutor = mathsTutor("T1");
        TutoringPair firstPair = pair("P1", tutor, freePupil("a", null));
        TutoringPair secondPair = pair("P2", tutor, freePupil("b", null));
        constraintVerifier.verifyThat(TutoringConstraintProvider::tutorConflict)
                .given(session("P1-1", firstPair, MON_1, ROOM_A), session("P2-1", secondPair, MON_2, ROOM_B))
                .penalizesBy(0);
    }

    @Test
    void roomConflict_sameRoomSameTime_penalizesOverlapMinutes() {
        TutoringPair firstPair = pair("P1", mathsTutor("T1"), freePupil("a", null));
        TutoringPair secondPair = pair("P2", mathsTutor("T2"), freePupil("b", null));
        constraintVerifier.verifyThat(TutoringConstraintProvider::roomConflict)
                .given(session("P1-1", firstPair, MON_1, ROOM_A), session("P2-1", secondPair, MON_1, ROOM_A))
                .penalizesBy(50);
    }

    @Test
    void roomConflict_otherRoom_noPenalty() {
        TutoringPair firstPair = pair("P1", mathsTutor("T1"), freePupil("a", null));
        TutoringPair secondPair = pair("P2", mathsTutor("T2"), freePupil("b", null));
        constraintVerifier.verifyThat(TutoringConstraintProvider::roomConflict)
                .given(session("P1-1", firstPair, MON_1, ROOM_A), session("P2-1", secondPair, MON_1, ROOM_B))
                .penalizesBy(0);
    }

    @Test
    void pupilConflict_pupilInTwoPairsAtOnce_penalizesSessionMinutes() {
        Pupil sharedPupil = freePupil("shared", null);
        TutoringPair mathsPair = pair("P1", mathsTutor("T1"), sharedPupil, freePupil("a", null));
        TutoringPair otherPair = pair("P2", mathsTutor("T2"), sharedPupil);
        constraintVerifier.verifyThat(TutoringConstraintProvider::pupilConflict)
                .given(mathsPair, otherPair, session("P1-1", mathsPair, MON_1, ROOM_A),
                        session("P2-1", otherPair, MON_1, ROOM_B))
                .penalizesBy(50);
    }

    @Test
    void pupilConflict_differentPupils_noPenalty() {
        TutoringPair firstPair = pair("P1", mathsTutor("T1"), freePupil("a", null));
        TutoringPair secondPair = pair("P2", mathsTutor("T2"), freePupil("b", null));
        constraintVerifier.verifyThat(TutoringConstraintProvider::pupilConflict)
                .given(firstPair, secondPair, session("P1-1", firstPair, MON_1, ROOM_A),
                        session("P2-1", secondPair, MON_1, ROOM_B))
                .penalizesBy(0);
    }

    @Test
    void protectedLessonMissed_sessionDuringMaths_penalizesSessionMinutes() {
        Pupil pupil = pupilWithLessons("a", Map.of(MON_1.getId(), "wi"));
        TutoringPair pair = pair("P1", mathsTutor("T1"), pupil);
        constraintVerifier.verifyThat(TutoringConstraintProvider::protectedLessonMissed)
                .given(RULES, pair, session("P1-1", pair, MON_1, ROOM_A))
                .penalizesBy(50);
    }

    @Test
    void protectedLessonMissed_sessionDuringAllowedHistory_noPenalty() {
        Pupil pupil = pupilWithLessons("a", Map.of(MON_1.getId(), "gs"));
        TutoringPair pair = pair("P1", mathsTutor("T1"), pupil);
        constraintVerifier.verifyThat(TutoringConstraintProvider::protectedLessonMissed)
                .given(RULES, pair, session("P1-1", pair, MON_1, ROOM_A))
                .penalizesBy(0);
    }

    @Test
    void subjectMissedTooOften_historyMissedTwiceWithCapOne_penalizesOnce() {
        Pupil pupil = pupilWithLessons("a", Map.of(MON_1.getId(), "gs", TUE_1.getId(), "gs"));
        TutoringPair pair = pair("P1", mathsTutor("T1"), pupil);
        constraintVerifier.verifyThat(TutoringConstraintProvider::subjectMissedTooOften)
                .given(RULES, pair, session("P1-1", pair, MON_1, ROOM_A), session("P1-2", pair, TUE_1, ROOM_A))
                .penalizesBy(1);
    }

    @Test
    void subjectMissedTooOften_twoDifferentSubjects_noPenalty() {
        Pupil pupil = pupilWithLessons("a", Map.of(MON_1.getId(), "gs", TUE_1.getId(), "ak"));
        TutoringPair pair = pair("P1", mathsTutor("T1"), pupil);
        constraintVerifier.verifyThat(TutoringConstraintProvider::subjectMissedTooOften)
                .given(RULES, pair, session("P1-1", pair, MON_1, ROOM_A), session("P1-2", pair, TUE_1, ROOM_A))
                .penalizesBy(0);
    }

    @Test
    void tutorUnavailable_sessionOutsideAvailability_penalizesSessionMinutes() {
        TutoringPair pair = pair("P1", mathsTutor("T1", TUE_1), freePupil("a", null));
        constraintVerifier.verifyThat(TutoringConstraintProvider::tutorUnavailable)
                .given(session("P1-1", pair, MON_1, ROOM_A))
                .penalizesBy(50);
    }

    @Test
    void tutorUnavailable_tutorAbsentOnTheDay_penalizesSessionMinutes() {
        Tutor tutor = mathsTutor("T1");
        tutor.markAbsent(MONDAY);
        TutoringPair pair = pair("P1", tutor, freePupil("a", null));
        constraintVerifier.verifyThat(TutoringConstraintProvider::tutorUnavailable)
                .given(session("P1-1", pair, MON_1, ROOM_A))
                .penalizesBy(50);
    }

    @Test
    void tutorUnavailable_sessionInsideAvailability_noPenalty() {
        TutoringPair pair = pair("P1", mathsTutor("T1", MON_1), freePupil("a", null));
        constraintVerifier.verifyThat(TutoringConstraintProvider::tutorUnavailable)
                .given(session("P1-1", pair, MON_1, ROOM_A))
                .penalizesBy(0);
    }

    @Test
    void twoSessionsOnOneDay_samePairThreeTimesOnMonday_penalizesExtraSessionsPerPupil() {
        TutoringPair pair = pair("P1", mathsTutor("T1"), freePupil("a", null), freePupil("b", null));
        // Each of the two pupils has two sessions too many.
        constraintVerifier.verifyThat(TutoringConstraintProvider::twoSessionsOnOneDay)
                .given(pair, session("P1-1", pair, MON_1, ROOM_A), session("P1-2", pair, MON_2, ROOM_A),
                        session("P1-3", pair, MON_4, ROOM_A))
                .penalizesBy(4);
    }

    @Test
    void twoSessionsOnOneDay_mondayAndTuesday_noPenalty() {
        TutoringPair pair = pair("P1", mathsTutor("T1"), freePupil("a", null), freePupil("b", null));
        constraintVerifier.verifyThat(TutoringConstraintProvider::twoSessionsOnOneDay)
                .given(pair, session("P1-1", pair, MON_1, ROOM_A), session("P1-2", pair, TUE_1, ROOM_A))
                .penalizesBy(0);
    }

    @Test
    void outsideProgrammeWindow_inSchoolSessionAfterSchool_penalizesOnce() {
        TutoringPair pair = pair("P1", mathsTutor("T1"), freePupil("a", null));
        constraintVerifier.verifyThat(TutoringConstraintProvider::outsideProgrammeWindow)
                .given(session("P1-1", pair, MON_EXTENDED, ROOM_A))
                .penalizesBy(1);
    }

    @Test
    void outsideProgrammeWindow_extendedDaySessionAfterSchool_noPenalty() {
        TutoringPair pair = new TutoringPair("P1", List.of(freePupil("a", null)), Programme.EXTENDED_DAY, "wi", 2,
                mathsTutor("T1"));
        constraintVerifier.verifyThat(TutoringConstraintProvider::outsideProgrammeWindow)
                .given(session("P1-1", pair, MON_EXTENDED, ROOM_A))
                .penalizesBy(0);
    }

    @Test
    void roomTooSmall_pairInOneSeatBooth_penalizesOnePupil() {
        TutoringPair pair = pair("P1", mathsTutor("T1"), freePupil("a", null), freePupil("b", null));
        constraintVerifier.verifyThat(TutoringConstraintProvider::roomTooSmall)
                .given(session("P1-1", pair, MON_1, BOOTH))
                .penalizesBy(1);
    }

    @Test
    void roomTooSmall_singleInBooth_noPenalty() {
        TutoringPair pair = pair("P1", mathsTutor("T1"), freePupil("a", null));
        constraintVerifier.verifyThat(TutoringConstraintProvider::roomTooSmall)
                .given(session("P1-1", pair, MON_1, BOOTH))
                .penalizesBy(0);
    }

    @Test
    void tutorLacksSubject_dutchTutorForMathsPair_penalizesPerWeeklySession() {
        Tutor dutchTutor = new Tutor("T9", "Dutch tutor", Set.of("ne"), Set.of(MON_1.getId()), 3);
        TutoringPair pair = pair("P1", 3, dutchTutor, freePupil("a", null));
        constraintVerifier.verifyThat(TutoringConstraintProvider::tutorLacksSubject)
                .given(pair)
                .penalizesBy(3);
    }

    @Test
    void tutorLacksSubject_mathsTutorForMathsPair_noPenalty() {
        TutoringPair pair = pair("P1", 3, mathsTutor("T1"), freePupil("a", null));
        constraintVerifier.verifyThat(TutoringConstraintProvider::tutorLacksSubject)
                .given(pair)
                .penalizesBy(0);
    }

    @Test
    void tutorDailyMaximum_fourSessionsWithMaximumThree_penalizesOne() {
        Tutor tutor = mathsTutor("T1");
        Timeslot mon3 = regular("MON-3", MONDAY, 10, 30);
        Timeslot mon5 = regular("MON-5", MONDAY, 12, 40);
        constraintVerifier.verifyThat(TutoringConstraintProvider::tutorDailyMaximum)
                .given(session("P1-1", pair("P1", tutor, freePupil("a", null)), MON_1, ROOM_A),
                        session("P2-1", pair("P2", tutor, freePupil("b", null)), MON_2, ROOM_A),
                        session("P3-1", pair("P3", tutor, freePupil("c", null)), mon3, ROOM_A),
                        session("P4-1", pair("P4", tutor, freePupil("d", null)), mon5, ROOM_A))
                .penalizesBy(1);
    }

    @Test
    void tutorDailyMaximum_threeSessionsWithMaximumThree_noPenalty() {
        Tutor tutor = mathsTutor("T1");
        constraintVerifier.verifyThat(TutoringConstraintProvider::tutorDailyMaximum)
                .given(session("P1-1", pair("P1", tutor, freePupil("a", null)), MON_1, ROOM_A),
                        session("P2-1", pair("P2", tutor, freePupil("b", null)), MON_2, ROOM_A),
                        session("P3-1", pair("P3", tutor, freePupil("c", null)), MON_4, ROOM_A))
                .penalizesBy(0);
    }

    // Medium

    @Test
    void unplannedSession_sessionWithoutRoom_penalizesOne() {
        TutoringPair pair = pair("P1", mathsTutor("T1"), freePupil("a", null));
        constraintVerifier.verifyThat(TutoringConstraintProvider::unplannedSession)
                .given(session("P1-1", pair, MON_1, null), session("P1-2", pair, TUE_1, ROOM_A))
                .penalizesBy(1);
    }

    @Test
    void unplannedSession_fullyPlacedSession_noPenalty() {
        TutoringPair pair = pair("P1", mathsTutor("T1"), freePupil("a", null));
        constraintVerifier.verifyThat(TutoringConstraintProvider::unplannedSession)
                .given(session("P1-1", pair, MON_1, ROOM_A))
                .penalizesBy(0);
    }

    @Test
    void pairWithoutTutor_threeSessionsAWeek_penalizesThree() {
        TutoringPair pair = pair("P1", 3, null, freePupil("a", null));
        constraintVerifier.verifyThat(TutoringConstraintProvider::pairWithoutTutor)
                .given(pair, session("P1-1", pair, MON_1, ROOM_A))
                .penalizesBy(3);
    }

    @Test
    void pairWithoutTutor_pairWithTutor_noPenalty() {
        TutoringPair pair = pair("P1", 3, mathsTutor("T1"), freePupil("a", null));
        constraintVerifier.verifyThat(TutoringConstraintProvider::pairWithoutTutor)
                .given(pair, session("P1-1", pair, MON_1, ROOM_A))
                .penalizesBy(0);
    }

    // Soft

    @Test
    void abilityGap_ratings900And1020_penalizesGap() {
        TutoringPair pair = pair("P1", mathsTutor("T1"), freePupil("a", 900), freePupil("b", 1020));
        constraintVerifier.verifyThat(TutoringConstraintProvider::abilityGap)
                .given(pair)
                .penalizesBy(120);
    }

    @Test
    void abilityGap_oneRatingUnknown_noPenalty() {
        TutoringPair pair = pair("P1", mathsTutor("T1"), freePupil("a", 900), freePupil("b", null));
        constraintVerifier.verifyThat(TutoringConstraintProvider::abilityGap)
                .given(pair)
                .penalizesBy(0);
    }

    @Test
    void sessionsTooClose_twiceAWeekOnMondayAndTuesday_penalizesOneDayShort() {
        TutoringPair pair = pair("P1", 2, mathsTutor("T1"), freePupil("a", null));
        constraintVerifier.verifyThat(TutoringConstraintProvider::sessionsTooClose)
                .given(session("P1-1", pair, MON_1, ROOM_A), session("P1-2", pair, TUE_1, ROOM_A))
                .penalizesBy(1);
    }

    @Test
    void sessionsTooClose_twiceAWeekOnMondayAndWednesday_noPenalty() {
        TutoringPair pair = pair("P1", 2, mathsTutor("T1"), freePupil("a", null));
        constraintVerifier.verifyThat(TutoringConstraintProvider::sessionsTooClose)
                .given(session("P1-1", pair, MON_1, ROOM_A), session("P1-2", pair, WED_1, ROOM_A))
                .penalizesBy(0);
    }

    @Test
    void pullOut_onePupilOfPairHasHistory_penalizesOne() {
        TutoringPair pair = pair("P1", mathsTutor("T1"), pupilWithLessons("a", Map.of(MON_1.getId(), "gs")),
                freePupil("b", null));
        constraintVerifier.verifyThat(TutoringConstraintProvider::pullOut)
                .given(RULES, pair, session("P1-1", pair, MON_1, ROOM_A))
                .penalizesBy(1);
    }

    @Test
    void pullOut_bothPupilsFree_noPenalty() {
        TutoringPair pair = pair("P1", mathsTutor("T1"), pupilWithLessons("a", Map.of(TUE_1.getId(), "gs")),
                freePupil("b", null));
        constraintVerifier.verifyThat(TutoringConstraintProvider::pullOut)
                .given(RULES, pair, session("P1-1", pair, MON_1, ROOM_A))
                .penalizesBy(0);
    }

    @Test
    void sameSubjectMissedTwice_historyMissedTwiceWithCapTwo_penalizesOne() {
        Pupil pupil = pupilWithLessons("a", Map.of(MON_1.getId(), "gs", WED_1.getId(), "gs"));
        TutoringPair pair = pair("P1", mathsTutor("T1"), pupil);
        constraintVerifier.verifyThat(TutoringConstraintProvider::sameSubjectMissedTwice)
                .given(TWICE_A_WEEK, pair, session("P1-1", pair, MON_1, ROOM_A), session("P1-2", pair, WED_1, ROOM_A))
                .penalizesBy(1);
    }

    @Test
    void sameSubjectMissedTwice_historyAndGeographyOnce_noPenalty() {
        Pupil pupil = pupilWithLessons("a", Map.of(MON_1.getId(), "gs", WED_1.getId(), "ak"));
        TutoringPair pair = pair("P1", mathsTutor("T1"), pupil);
        constraintVerifier.verifyThat(TutoringConstraintProvider::sameSubjectMissedTwice)
                .given(TWICE_A_WEEK, pair, session("P1-1", pair, MON_1, ROOM_A), session("P1-2", pair, WED_1, ROOM_A))
                .penalizesBy(0);
    }

    @Test
    void tutorIdleTime_periodsOneAndFour_penalizesGapMinutes() {
        Tutor tutor = mathsTutor("T1");
        // 08:30 to 12:10 is 220 minutes, of which 100 are sessions.
        constraintVerifier.verifyThat(TutoringConstraintProvider::tutorIdleTime)
                .given(session("P1-1", pair("P1", tutor, freePupil("a", null)), MON_1, ROOM_A),
                        session("P2-1", pair("P2", tutor, freePupil("b", null)), MON_4, ROOM_A))
                .penalizesBy(120);
    }

    @Test
    void tutorIdleTime_consecutivePeriods_noPenalty() {
        Tutor tutor = mathsTutor("T1");
        constraintVerifier.verifyThat(TutoringConstraintProvider::tutorIdleTime)
                .given(session("P1-1", pair("P1", tutor, freePupil("a", null)), MON_1, ROOM_A),
                        session("P2-1", pair("P2", tutor, freePupil("b", null)), MON_2, ROOM_A))
                .penalizesBy(0);
    }

    @Test
    void pairChangesRoom_threeRoomsInAWeek_penalizesTwo() {
        TutoringPair pair = pair("P1", mathsTutor("T1"), freePupil("a", null));
        constraintVerifier.verifyThat(TutoringConstraintProvider::pairChangesRoom)
                .given(session("P1-1", pair, MON_1, ROOM_A), session("P1-2", pair, TUE_1, ROOM_B),
                        session("P1-3", pair, WED_1, BOOTH))
                .penalizesBy(2);
    }

    @Test
    void pairChangesRoom_oneRoomAllWeek_noPenalty() {
        TutoringPair pair = pair("P1", mathsTutor("T1"), freePupil("a", null));
        constraintVerifier.verifyThat(TutoringConstraintProvider::pairChangesRoom)
                .given(session("P1-1", pair, MON_1, ROOM_A), session("P1-2", pair, TUE_1, ROOM_A))
                .penalizesBy(0);
    }

    @Test
    void extendedDayWait_lastLessonEndsAnHourBefore_penalizesWaitMinutes() {
        Pupil pupil = pupilWithLessons("a", Map.of(MON_4.getId(), "gs"));
        TutoringPair pair = new TutoringPair("P1", List.of(pupil), Programme.EXTENDED_DAY, "wi", 2, mathsTutor("T1"));
        constraintVerifier.verifyThat(TutoringConstraintProvider::extendedDayWait)
                .given(pair, session("P1-1", pair, MON_EXTENDED, ROOM_A))
                .penalizesBy(60);
    }

    @Test
    void extendedDayWait_inSchoolSession_noPenalty() {
        Pupil pupil = pupilWithLessons("a", Map.of(MON_4.getId(), "gs"));
        TutoringPair pair = pair("P1", mathsTutor("T1"), pupil);
        constraintVerifier.verifyThat(TutoringConstraintProvider::extendedDayWait)
                .given(pair, session("P1-1", pair, MON_1, ROOM_A))
                .penalizesBy(0);
    }

    @Test
    void movedFromPublishedTime_movedFromMondayToTuesday_penalizesOne() {
        TutoringSession moved = session("P1-1", pair("P1", mathsTutor("T1"), freePupil("a", null)), TUE_1, ROOM_A);
        moved.setPublishedTimeslot(MON_1);
        constraintVerifier.verifyThat(TutoringConstraintProvider::movedFromPublishedTime)
                .given(moved)
                .penalizesBy(1);
    }

    @Test
    void movedFromPublishedTime_keptAtPublishedTime_noPenalty() {
        TutoringSession kept = session("P1-1", pair("P1", mathsTutor("T1"), freePupil("a", null)), MON_1, ROOM_B);
        kept.setPublishedTimeslot(MON_1);
        kept.setPublishedRoom(ROOM_A);
        constraintVerifier.verifyThat(TutoringConstraintProvider::movedFromPublishedTime)
                .given(kept)
                .penalizesBy(0);
    }

    @Test
    void movedFromPublishedRoom_movedToRoomB_penalizesOne() {
        TutoringSession moved = session("P1-1", pair("P1", mathsTutor("T1"), freePupil("a", null)), MON_1, ROOM_B);
        moved.setPublishedTimeslot(MON_1);
        moved.setPublishedRoom(ROOM_A);
        constraintVerifier.verifyThat(TutoringConstraintProvider::movedFromPublishedRoom)
                .given(moved)
                .penalizesBy(1);
    }

    @Test
    void movedFromPublishedRoom_neverPublished_noPenalty() {
        TutoringSession fresh = session("P1-1", pair("P1", mathsTutor("T1"), freePupil("a", null)), MON_1, ROOM_B);
        constraintVerifier.verifyThat(TutoringConstraintProvider::movedFromPublishedRoom)
                .given(fresh)
                .penalizesBy(0);
    }
}
