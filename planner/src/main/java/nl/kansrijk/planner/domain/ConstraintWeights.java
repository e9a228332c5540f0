package nl.kansrijk.planner.domain;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/**
 * Per-school weights of every constraint. A weight multiplies the constraint's own match weight (minutes,
 * counts); set a weight to {@link HardMediumSoftScore#ZERO} to switch a rule off for a school.
 */
@ConstraintConfiguration(constraintPackage = ConstraintWeights.CONSTRAINT_PACKAGE)
public class ConstraintWeights {

    public static final String CONSTRAINT_PACKAGE = "nl.kansrijk.planner";

    public static final String TUTOR_CONFLICT = "Tutor conflict";
    public static final String ROOM_CONFLICT = "Room conflict";
    public static final String PUPIL_CONFLICT = "Pupil conflict";
    public static final String PROTECTED_LESSON_MISSED = "Session during a protected lesson";
    public static final String SUBJECT_MISSED_TOO_OFTEN = "Same subject missed too often";
    public static final String TUTOR_UNAVAILABLE = "Tutor unavailable";
    public static final String TWO_SESSIONS_ON_ONE_DAY = "Two sessions for a pupil on one day";
    public static final String OUTSIDE_PROGRAMME_WINDOW = "Session outside its programme's window";
    public static final String ROOM_TOO_SMALL = "Room too small";
    public static final String TUTOR_LACKS_SUBJECT = "Tutor does not teach the subject";
    public static final String TUTOR_DAILY_MAXIMUM = "Tutor over daily maximum";
    public static final String UNPLANNED_SESSION = "Unplanned session";
    public static final String PAIR_WITHOUT_TUTOR = "Pair without tutor";
    public static final String ABILITY_GAP = "Ability gap within a pair";
    public static final String SESSIONS_TOO_CLOSE = "Sessions of a pair too close together";
    public static final String PULL_OUT = "Pupil pulled out of a lesson";
    public static final String SAME_SUBJECT_MISSED_TWICE = "Same subject missed twice";
    public static final String TUTOR_IDLE_TIME = "Idle time in a tutor's day";
    public static final String PAIR_CHANGES_ROOM = "Pair changes room";
    public static final String EXTENDED_DAY_WAIT = "Wait before an extended-day session";
    public static final String MOVED_FROM_PUBLISHED_TIME = "Session moved from its published time";
    public static final String MOVED_FROM_PUBLISHED_ROOM = "Session moved from its published room";

    // Hard: each breach makes the week unworkable; weighted per minute of overlap or per breach.
    @ConstraintWeight(TUTOR_CONFLICT)
    private HardMediumSoftScore tutorConflict = HardMediumSoftScore.ONE_HARD;
    @ConstraintWeight(ROOM_CONFLICT)
    private HardMediumSoftScore roomConflict = HardMediumSoftScore.ONE_HARD;
    @ConstraintWeight(PUPIL_CONFLICT)
    private HardMediumSoftScore pupilConflict = HardMediumSoftScore.ONE_HARD;
    @ConstraintWeight(PROTECTED_LESSON_MISSED)
    private HardMediumSoftScore protectedLessonMissed = HardMediumSoftScore.ONE_HARD;
    @ConstraintWeight(SUBJECT_MISSED_TOO_OFTEN)
    private HardMediumSoftScore subjectMissedTooOften = HardMediumSoftScore.ofHard(50);
    @ConstraintWeight(TUTOR_UNAVAILABLE)
    private HardMediumSoftScore tutorUnavailable = HardMediumSoftScore.ONE_HARD;
    @ConstraintWeight(TWO_SESSIONS_ON_ONE_DAY)
    private HardMediumSoftScore twoSessionsOnOneDay = HardMediumSoftScore.ofHard(50);
    @ConstraintWeight(OUTSIDE_PROGRAMME_WINDOW)
    private HardMediumSoftScore outsideProgrammeWindow = HardMediumSoftScore.ofHard(50);
    @ConstraintWeight(ROOM_TOO_SMALL)
    private HardMediumSoftScore roomTooSmall = HardMediumSoftScore.ofHard(50);
    @ConstraintWeight(TUTOR_LACKS_SUBJECT)
    private HardMediumSoftScore tutorLacksSubject = HardMediumSoftScore.ofHard(50);
    @ConstraintWeight(TUTOR_DAILY_MAXIMUM)
    private HardMediumSoftScore tutorDailyMaximum = HardMediumSoftScore.ofHard(50);

    // Medium: one point per session that cannot take place.
    @ConstraintWeight(UNPLANNED_SESSION)
    private HardMediumSoftScore unplannedSession = HardMediumSoftScore.ONE_MEDIUM;

    @ConstraintWeight(PAIR_WITHOUT_TUTOR)
    private HardMediumSoftScore pairWithoutTutor = HardMediumSoftScore.ONE_MEDIUM;

    // Soft: quality of a feasible week; the weights say how many minutes of tutor idle time a breach is worth.
    @ConstraintWeight(ABILITY_GAP)
    private HardMediumSoftScore abilityGap = HardMediumSoftScore.ONE_SOFT;
    @ConstraintWeight(SESSIONS_TOO_CLOSE)
    private HardMediumSoftScore sessionsTooClose = HardMediumSoftScore.ofSoft(30);
    @ConstraintWeight(PULL_OUT)
    private HardMediumSoftScore pullOut = HardMediumSoftScore.ofSoft(20);
    @ConstraintWeight(SAME_SUBJECT_MISSED_TWICE)
    private HardMediumSoftScore sameSubjectMissedTwice = HardMediumSoftScore.ofSoft(100);
    @ConstraintWeight(TUTOR_IDLE_TIME)
    private HardMediumSoftScore tutorIdleTime = HardMediumSoftScore.ONE_SOFT;
    @ConstraintWeight(PAIR_CHANGES_ROOM)
    private HardMediumSoftScore pairChangesRoom = HardMediumSoftScore.ofSoft(10);
    @ConstraintWeight(EXTENDED_DAY_WAIT)
    private HardMediumSoftScore extendedDayWait = HardMediumSoftScore.ONE_SOFT;
    @ConstraintWeight(MOVED_FROM_PUBLISHED_TIME)
    private HardMediumSoftScore movedFromPublishedTime = HardMediumSoftScore.ofSoft(500);
    @ConstraintWeight(MOVED_FROM_PUBLISHED_ROOM)
    private HardMediumSoftScore movedFromPublishedRoom = HardMediumSoftScore.ofSoft(100);

    public HardMediumSoftScore getTutorConflict() { return tutorConflict; }
    public void setTutorConflict(HardMediumSoftScore weight) { tutorConflict = weight; }
    public HardMediumSoftScore getRoomConflict() { return roomConflict; }
    public void setRoomConflict(HardMediumSoftScore weight) { roomConflict = weight; }
    public HardMediumSoftScore getPupilConflict() { return pupilConflict; }
    public void setPupilConflict(HardMediumSoftScore weight) { pupilConflict = weight; }
    public HardMediumSoftScore getProtectedLessonMissed() { return protectedLessonMissed; }
    public void setProtectedLessonMissed(HardMediumSoftScore weight) { protectedLessonMissed = weight; }
    public HardMediumSoftScore getSubjectMissedTooOften() { return subjectMissedTooOften; }
    public void setSubjectMissedTooOften(HardMediumSoftScore weight) { subjectMissedTooOften = weight; }
    public HardMediumSoftScore getTutorUnavailable() { return tutorUnavailable; }
    public void setTutorUnavailable(HardMediumSoftScore weight) { tutorUnavailable = weight; }
    public HardMediumSoftScore getTwoSessionsOnOneDay() { return twoSessionsOnOneDay; }
    public void setTwoSessionsOnOneDay(HardMediumSoftScore weight) { twoSessionsOnOneDay = weight; }
    public HardMediumSoftScore getOutsideProgrammeWindow() { return outsideProgrammeWindow; }
    public void setOutsideProgrammeWindow(HardMediumSoftScore weight) { outsideProgrammeWindow = weight; }
    public HardMediumSoftScore getRoomTooSmall() { return roomTooSmall; }
    public void setRoomTooSmall(HardMediumSoftScore weight) { roomTooSmall = weight; }
    public HardMediumSoftScore getTutorLacksSubject() { return tutorLacksSubject; }
    public void setTutorLacksSubject(HardMediumSoftScore weight) { tutorLacksSubject = weight; }
    public HardMediumSoftScore getTutorDailyMaximum() { return tutorDailyMaximum; }
    public void setTutorDailyMaximum(HardMediumSoftScore weight) { tutorDailyMaximum = weight; }
    public HardMediumSoftScore getUnplannedSession() { return unplannedSession; }
    public void setUnplannedSession(HardMediumSoftScore weight) { unplannedSession = weight; }
    public HardMediumSoftScore getPairWithoutTutor() { return pairWithoutTutor; }
    public void setPairWithoutTutor(HardMediumSoftScore weight) { pairWithoutTutor = weight; }
    public HardMediumSoftScore getAbilityGap() { return abilityGap; }
    public void setAbilityGap(HardMediumSoftScore weight) { abilityGap = weight; }
    public HardMediumSoftScore getSessionsTooClose() { return sessionsTooClose; }
    public void setSessionsTooClose(HardMediumSoftScore weight) { sessionsTooClose = weight; }
    public HardMediumSoftScore getPullOut() { return pullOut; }
    public void setPullOut(HardMediumSoftScore weight) { pullOut = weight; }
    public HardMediumSoftScore getSameSubjectMissedTwice() { return sameSubjectMissedTwice; }
    public void setSameSubjectMissedTwice(HardMediumSoftScore weight) { sameSubjectMissedTwice = weight; }
    public HardMediumSoftScore getTutorIdleTime() { return tutorIdleTime; }
    public void setTutorIdleTime(HardMediumSoftScore weight) { tutorIdleTime = weight; }
    public HardMediumSoftScore getPairChangesRoom() { return pairChangesRoom; }
    public void setPairChangesRoom(HardMediumSoftScore weight) { pairChangesRoom = weight; }
    public HardMediumSoftScore getExtendedDayWait() { return extendedDayWait; }
    public void setExtendedDayWait(HardMediumSoftScore weight) { extendedDayWait = weight; }
    public HardMediumSoftScore getMovedFromPublishedTime() { return movedFromPublishedTime; }
    public void setMovedFromPublishedTime(HardMediumSoftScore weight) { movedFromPublishedTime = weight; }
    public HardMediumSoftScore getMovedFromPublishedRoom() { return movedFromPublishedRoom; }
    public void setMovedFromPublishedRoom(HardMediumSoftScore weight) { movedFromPublishedRoom = weight; }
}
