package nl.kansrijk.planner.solver;

import static nl.kansrijk.planner.domain.ConstraintWeights.*;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.countDistinct;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.toList;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;

import nl.kansrijk.planner.domain.Pupil;
import nl.kansrijk.planner.domain.PullOutRules;
import nl.kansrijk.planner.domain.TimeslotKind;
import nl.kansrijk.planner.domain.Tutor;
import nl.kansrijk.planner.domain.TutoringPair;
import nl.kansrijk.planner.domain.TutoringSession;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;
import org.optaplanner.core.api.score.stream.bi.BiConstraintStream;
import org.optaplanner.core.api.score.stream.bi.BiJoiner;
import org.optaplanner.core.api.score.stream.quad.QuadConstraintStream;

/** Every rule of a tutoring week. Weights per school come from {@link nl.kansrijk.planner.domain.ConstraintWeights}. */
public class TutoringConstraintProvider implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                // Hard
                tutorConflict(factory),
                roomConflict(factory),
                pupilConflict(factory),
                protectedLessonMissed(factory),
                subjectMissedTooOften(factory),
                tutorUnavailable(factory),
                twoSessionsOnOneDay(factory),
                outsideProgrammeWindow(factory),
                roomTooSmall(factory),
                tutorLacksSubject(factory),
                tutorDailyMaximum(factory),
                // Medium
                unplannedSession(factory),
                pairWithoutTutor(factory),
                // Soft
                abilityGap(factory),
                sessionsTooClose(factory),
                pullOut(factory),
                sameSubjectMissedTwice(factory),
                tutorIdleTime(factory),
                pairChangesRoom(factory),
                extendedDayWait(factory),
                movedFromPublishedTime(factory),
                movedFromPublishedRoom(factory)
        };
    }

    // Hard

    // A tutor gives one session at a time; penalised per minute of overlap.
    Constraint tutorConflict(ConstraintFactory factory) {
        return overlappingSessionPairs(factory, Joiners.equal(TutoringSession::getTutor))
                .filter((first, second) -> first.getTutor() != null)
                .penalizeConfigurable(TutoringConstraintProvider::overlapMinutes)
                .justifyWith((first, second, score) -> doubleBooking("tutor", first.getTutor().getId(), first, second,
                        overlapMinutes(first, second)))
                .asConstraint(TUTOR_CONFLICT);
    }

    // A room holds one session at a time; penalised per minute of overlap.
    Constraint roomConflict(ConstraintFactory factory) {
        return overlappingSessionPairs(factory, Joiners.equal(TutoringSession::getRoom))
                .penalizeConfigurable(TutoringConstraintProvider::overlapMinutes)
                .justifyWith((first, second, score) -> doubleBooking("room", first.getRoom().getId(), first, second,
                        overlapMinutes(first, second)))
                .asConstraint(ROOM_CONFLICT);
    }

    // A pupil is in one session at a time; penalised per minute of each extra session. Timeslots are whole
    // periods that never partly overlap, so grouping per timeslot finds every clash.
    Constraint pupilConflict(ConstraintFactory factory) {
        return plannedSessionPupils(factory)
                .groupBy((session, pupil) -> pupil, (session, pupil) -> session.getTimeslot(),
                        toList((session, pupil) -> session))
                .filter((pupil, timeslot, sessions) -> sessions.size() > 1)
                .penalizeConfigurable((pupil, timeslot, sessions) -> (sessions.size() - 1) * timeslot.durationMinutes())
                .justifyWith((pupil, timeslot, sessions, score) -> new DoubleBookingJustification("pupil",
                        pupil.getId(), sessions.stream().map(TutoringSession::getId).sorted().toList(),
                        List.of(pupil.getId()), tutorId(sessions.get(0)), timeslot.getId(),
                        (sessions.size() - 1) * timeslot.durationMinutes()))
                .asConstraint(PUPIL_CONFLICT);
    }

    // No session during a regular lesson the pull-out rules protect (core subjects, subjects not allowed).
    Constraint protectedLessonMissed(ConstraintFactory factory) {
        return plannedSessionPupils(factory)
                .join(PullOutRules.class)
                .filter((session, pupil, rules) -> pupil.hasRegularLessonAt(session.getTimeslot())
                        && !rules.allowsMissing(pupil.regularSubjectAt(session.getTimeslot())))
                .penalizeConfigurable((session, pupil, rules) -> session.getTimeslot().durationMinutes())
                .justifyWith((session, pupil, rules, score) -> new RegularLessonJustification(pupil.getId(),
                        pupil.regularSubjectAt(session.getTimeslot()), List.of(session.getId()), tutorId(session),
                        session.getTimeslot().getId(), 1))
                .asConstraint(PROTECTED_LESSON_MISSED);
    }

    // A pupil misses the same allowed subject at most the rules' number of times a week; penalised per extra time.
    Constraint subjectMissedTooOften(ConstraintFactory factory) {
        return missedLessonsPerPupilAndSubject(factory)
                .filter((pupil, subject, sessions, rules) -> sessions.size() > rules.maxMissedPerSubjectPerWeek())
                .penalizeConfigurable((pupil, subject, sessions, rules) -> sessions.size()
                        - rules.maxMissedPerSubjectPerWeek())
                .justifyWith((pupil, subject, sessions, rules, score) -> missedSubject(pupil, subject, sessions))
                .asConstraint(SUBJECT_MISSED_TOO_OFTEN);
    }

    // A tutor only works in the timeslots they are available; penalised per session minute.
    Constraint tutorUnavailable(ConstraintFactory factory) {
        return factory.forEach(TutoringSession.class)
                .filter(session -> session.getTutor() != null && !session.getTutor().isAvailable(session.getTimeslot()))
                .penalizeConfigurable(session -> session.getTimeslot().durationMinutes())
                .justifyWith((session, score) -> placement(session, "tutor not available",
                        session.getTimeslot().durationMinutes()))
                .asConstraint(TUTOR_UNAVAILABLE);
    }

    // HDT is one lesson hour a day (Haarlem HDT): at most one session of a programme per pupil per day.
    Constraint twoSessionsOnOneDay(ConstraintFactory factory) {
        return plannedSessionPupils(factory)
                .groupBy((session, pupil) -> pupil, (session, pupil) -> session.getTimeslot().getDay(),
                        (session, pupil) -> session.getPair().getProgramme(), toList((session, pupil) -> session))
                .filter((pupil, day, programme, sessions) -> sessions.size() > 1)
                .penalizeConfigurable((pupil, day, programme, sessions) -> sessions.size() - 1)
                .justifyWith((pupil, day, programme, sessions, score) -> new DoubleBookingJustification("pupil",
                        pupil.getId(), sessions.stream().map(TutoringSession::getId).sorted().toList(),
                        List.of(pupil.getId()), tutorId(sessions.get(0)), null, sessions.size() - 1))
                .asConstraint(TWO_SESSIONS_ON_ONE_DAY);
    }

    // In-school sessions sit in regular periods, extended-day sessions in extended-day slots.
    Constraint outsideProgrammeWindow(ConstraintFactory factory) {
        return factory.forEach(TutoringSession.class)
                .filter(session -> session.getTimeslot().getKind()
                        != session.getPair().getProgramme().requiredTimeslotKind())
                .penalizeConfigurable(session -> 1)
                .justifyWith((session, score) -> placement(session,
                        session.getPair().getProgramme() + " session in a " + session.getTimeslot().getKind() + " slot",
                        1))
                .asConstraint(OUTSIDE_PROGRAMME_WINDOW);
    }

    // The room seats the whole pair; penalised per pupil without a seat.
    Constraint roomTooSmall(ConstraintFactory factory) {
        return factory.forEach(TutoringSession.class)
                .filter(session -> session.getRoom().getCapacity() < session.getPair().size())
                .penalizeConfigurable(session -> session.getPair().size() - session.getRoom().getCapacity())
                .justifyWith((session, score) -> placement(session, "room too small",
                        session.getPair().size() - session.getRoom().getCapacity()))
                .asConstraint(ROOM_TOO_SMALL);
    }

    // The pair's tutor teaches the pair's subject; penalised per weekly session.
    Constraint tutorLacksSubject(ConstraintFactory factory) {
        return factory.forEach(TutoringPair.class)
                .filter(pair -> !pair.getTutor().teaches(pair.getSubject()))
                .penalizeConfigurable(TutoringPair::getSessionsPerWeek)
                .justifyWith((pair, score) -> pairJustification(pair, "tutor does not teach " + pair.getSubject(),
                        pair.getSessionsPerWeek()))
                .asConstraint(TUTOR_LACKS_SUBJECT);
    }

    // A tutor gives at most their own maximum of sessions a day; penalised per extra session.
    Constraint tutorDailyMaximum(ConstraintFactory factory) {
        return factory.forEach(TutoringSession.class)
                .filter(session -> session.getTutor() != null)
                .groupBy(TutoringSession::getTutor, session -> session.getTimeslot().getDay(), toList())
                .filter((tutor, day, sessions) -> sessions.size() > tutor.getMaxSessionsPerDay())
                .penalizeConfigurable((tutor, day, sessions) -> sessions.size() - tutor.getMaxSessionsPerDay())
                .justifyWith((tutor, day, sessions, score) -> tutorDay(tutor, day, sessions, "over daily maximum",
                        sessions.size() - tutor.getMaxSessionsPerDay()))
                .asConstraint(TUTOR_DAILY_MAXIMUM);
    }

    // Medium

    // Every required session gets a timeslot and a room; one point per session left out.
    Constraint unplannedSession(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(TutoringSession.class)
                .filter(session -> session.getTimeslot() == null || session.getRoom() == null)
                .penalizeConfigurable(session -> 1)
                .justifyWith((session, score) -> placement(session, "not planned", 1))
                .asConstraint(UNPLANNED_SESSION);
    }

    // Every pair gets a tutor; without one none of its sessions can take place, so one point per weekly session.
    Constraint pairWithoutTutor(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(TutoringPair.class)
                .filter(pair -> pair.getTutor() == null)
                .penalizeConfigurable(TutoringPair::getSessionsPerWeek)
                .justifyWith((pair, score) -> pairJustification(pair, "no tutor", pair.getSessionsPerWeek()))
                .asConstraint(PAIR_WITHOUT_TUTOR);
    }

    // Soft

    // Pair pupils of similar ability (Bridge HDT: groups at one level); penalised per rating point of gap.
    Constraint abilityGap(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(TutoringPair.class)
                .filter(pair -> abilityGapOf(pair) > 0)
                .penalizeConfigurable(TutoringConstraintProvider::abilityGapOf)
                .justifyWith((pair, score) -> pairJustification(pair, "ability gap", abilityGapOf(pair)))
                .asConstraint(ABILITY_GAP);
    }

    // Spread a pair's sessions over the week; penalised per day short of the ideal gap between two sessions.
    Constraint sessionsTooClose(ConstraintFactory factory) {
        return factory.forEachUniquePair(TutoringSession.class, Joiners.equal(TutoringSession::getPair))
                .filter((first, second) -> dayGap(first, second) < idealDayGap(first.getPair()))
                .penalizeConfigurable((first, second) -> idealDayGap(first.getPair()) - dayGap(first, second))
                .justifyWith((first, second, score) -> new PairJustification(first.getPair().getId(),
                        first.getPair().pupilIds(), tutorId(first), List.of(first.getId(), second.getId()),
                        "sessions too close together", idealDayGap(first.getPair()) - dayGap(first, second)))
                .asConstraint(SESSIONS_TOO_CLOSE);
    }

    // Prefer a pupil's free periods over pulling them out of a lesson ("niet te veel lesuitval"); one per pull-out.
    Constraint pullOut(ConstraintFactory factory) {
        return plannedSessionPupils(factory)
                .filter((session, pupil) -> pupil.hasRegularLessonAt(session.getTimeslot()))
                .penalizeConfigurable((session, pupil) -> 1)
                .justifyWith((session, pupil, score) -> new RegularLessonJustification(pupil.getId(),
                        pupil.regularSubjectAt(session.getTimeslot()), List.of(session.getId()), tutorId(session),
                        session.getTimeslot().getId(), 1))
                .asConstraint(PULL_OUT);
    }

    // Rotate pull-outs: never the same subject twice a week when the rules allow more; one per repeat.
    Constraint sameSubjectMissedTwice(ConstraintFactory factory) {
        return missedLessonsPerPupilAndSubject(factory)
                .filter((pupil, subject, sessions, rules) -> sessions.size() > 1)
                .penalizeConfigurable((pupil, subject, sessions, rules) -> sessions.size() - 1)
                .justifyWith((pupil, subject, sessions, rules, score) -> missedSubject(pupil, subject, sessions))
                .asConstraint(SAME_SUBJECT_MISSED_TWICE);
    }

    // Keep a tutor's day compact; penalised per idle minute between their first and last session of the day.
    Constraint tutorIdleTime(ConstraintFactory factory) {
        return factory.forEach(TutoringSession.class)
                .filter(session -> session.getTutor() != null)
                .groupBy(session -> new TutorDay(session.getTutor(), session.getTimeslot().getDay()), toList())
                .filter((tutorDay, sessions) -> idleMinutes(sessions) > 0)
                .penalizeConfigurable((tutorDay, sessions) -> idleMinutes(sessions))
                .justifyWith((tutorDay, sessions, score) -> tutorDay(tutorDay.tutor(), tutorDay.day(), sessions,
                        "idle minutes", idleMinutes(sessions)))
                .asConstraint(TUTOR_IDLE_TIME);
    }

    // A pair keeps one room all week; penalised per extra room.
    Constraint pairChangesRoom(ConstraintFactory factory) {
        return factory.forEach(TutoringSession.class)
                .groupBy(TutoringSession::getPair, countDistinct(TutoringSession::getRoom))
                .filter((pair, roomCount) -> roomCount > 1)
                .penalizeConfigurable((pair, roomCount) -> roomCount - 1)
                .justifyWith((pair, roomCount, score) -> pairJustification(pair, "uses " + roomCount + " rooms",
                        roomCount - 1))
                .asConstraint(PAIR_CHANGES_ROOM);
    }

    // Extended-day sessions start soon after the pupil's last lesson that day; penalised per minute of waiting.
    Constraint extendedDayWait(ConstraintFactory factory) {
        return plannedSessionPupils(factory)
                .filter((session, pupil) -> session.getTimeslot().getKind() == TimeslotKind.EXTENDED_DAY
                        && waitMinutes(session, pupil) > 0)
                .penalizeConfigurable(TutoringConstraintProvider::waitMinutes)
                .justifyWith((session, pupil, score) -> new SessionPlacementJustification(session.getId(),
                        List.of(pupil.getId()), tutorId(session), session.getTimeslot().getId(),
                        session.getRoom().getId(), "pupil waits after the last lesson", waitMinutes(session, pupil)))
                .asConstraint(EXTENDED_DAY_WAIT);
    }

    // When re-planning, keep each session at its published time; one per moved session.
    Constraint movedFromPublishedTime(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(TutoringSession.class)
                .filter(TutoringSession::isMovedFromPublishedTimeslot)
                .penalizeConfigurable(session -> 1)
                .justifyWith((session, score) -> placement(session,
                        "moved from published " + session.getPublishedTimeslot().getId(), 1))
                .asConstraint(MOVED_FROM_PUBLISHED_TIME);
    }

    // When re-planning, keep each session in its published room; one per moved session.
    Constraint movedFromPublishedRoom(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(TutoringSession.class)
                .filter(TutoringSession::isMovedFromPublishedRoom)
                .penalizeConfigurable(session -> 1)
                .justifyWith((session, score) -> placement(session,
                        "moved from published room " + session.getPublishedRoom().getId(), 1))
                .asConstraint(MOVED_FROM_PUBLISHED_ROOM);
    }

    // Shared streams and helpers

    /** Pairs of fully placed sessions on the same day whose times overlap and that match the extra joiner. */
    private static BiConstraintStream<TutoringSession, TutoringSession> overlappingSessionPairs(
            ConstraintFactory factory,
            BiJoiner<TutoringSession, TutoringSession> sameResource) {
        return factory.forEachUniquePair(TutoringSession.class,
                Joiners.equal(session -> session.getTimeslot().getDay()),
                Joiners.overlapping(session -> session.getTimeslot().getStart(),
                        session -> session.getTimeslot().getEnd()),
                sameResource);
    }

    /** Each placed session with each of its pupils; the join on the pair keeps the pairing indexed. */
    private static BiConstraintStream<TutoringSession, Pupil> plannedSessionPupils(ConstraintFactory factory) {
        return factory.forEach(TutoringSession.class)
                .join(factory.forEachIncludingNullVars(TutoringPair.class),
                        Joiners.equal(TutoringSession::getPair, pair -> pair))
                .flattenLast(TutoringPair::getPupils);
    }

    /** Per pupil and allowed subject, the sessions that take the pupil out of a lesson in it. */
    private static QuadConstraintStream<Pupil, String, List<TutoringSession>, PullOutRules>
            missedLessonsPerPupilAndSubject(ConstraintFactory factory) {
        return plannedSessionPupils(factory)
                .filter((session, pupil) -> pupil.hasRegularLessonAt(session.getTimeslot()))
                .groupBy((session, pupil) -> pupil, (session, pupil) -> pupil.regularSubjectAt(session.getTimeslot()),
                        toList((session, pupil) -> session))
                .join(PullOutRules.class)
                .filter((pupil, subject, sessions, rules) -> rules.allowsMissing(subject));
    }

    /** A tutor on a day, the key for per-day tutor rules. */
    record TutorDay(Tutor tutor, DayOfWeek day) {
    }

    private static int overlapMinutes(TutoringSession first, TutoringSession second) {
        return first.getTimeslot().overlapMinutes(second.getTimeslot());
    }

    static int abilityGapOf(TutoringPair pair) {
        if (pair.size() < 2) {
            return 0;
        }
        Integer first = pair.getPupils().get(0).getAbilityRating();
        Integer second = pair.getPupils().get(1).getAbilityRating();
        return first == null || second == null ? 0 : Math.abs(first - second);
    }

    private static int dayGap(TutoringSession first, TutoringSession second) {
        return Math.abs(first.getTimeslot().getDay().getValue() - second.getTimeslot().getDay().getValue());
    }

    /** Two sessions a week: two days apart (Mon/Wed); three: every other day; four or five: daily. */
    static int idealDayGap(TutoringPair pair) {
        return pair.getSessionsPerWeek() <= 1 ? 0 : Math.min(2, 4 / (pair.getSessionsPerWeek() - 1));
    }

    /** Minutes between a day's first start and last end not spent in a session. */
    static int idleMinutes(List<TutoringSession> sessionsOfOneDay) {
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        int busy = 0;
        for (TutoringSession session : sessionsOfOneDay) {
            first = Math.min(first, minuteOfDay(session.getTimeslot().getStart()));
            last = Math.max(last, minuteOfDay(session.getTimeslot().getEnd()));
            busy += session.getTimeslot().durationMinutes();
        }
        return Math.max(0, last - first - busy);
    }

    private static int minuteOfDay(LocalTime time) {
        return time.toSecondOfDay() / 60;
    }

    private static int waitMinutes(TutoringSession session, Pupil pupil) {
        return pupil.lastLessonEnd(session.getTimeslot().getDay())
                .map(lastEnd -> (int) Math.max(0, Duration.between(lastEnd, session.getTimeslot().getStart())
                        .toMinutes()))
                .orElse(0);
    }

    private static String tutorId(TutoringSession session) {
        return session.getTutor() == null ? null : session.getTutor().getId();
    }

    private static DoubleBookingJustification doubleBooking(String kind, String resourceId, TutoringSession first,
            TutoringSession second, int amount) {
        List<String> pupilIds = Stream.concat(first.getPupils().stream(), second.getPupils().stream())
                .map(Pupil::getId).distinct().toList();
        return new DoubleBookingJustification(kind, resourceId, List.of(first.getId(), second.getId()), pupilIds,
                tutorId(first), first.getTimeslot().getId(), amount);
    }

    private static SessionPlacementJustification placement(TutoringSession session, String problem, int amount) {
        return new SessionPlacementJustification(session.getId(), session.getPair().pupilIds(), tutorId(session),
                session.getTimeslot() == null ? null : session.getTimeslot().getId(),
                session.getRoom() == null ? null : session.getRoom().getId(), problem, amount);
    }

    private static PairJustification pairJustification(TutoringPair pair, String problem, int amount) {
        return new PairJustification(pair.getId(), pair.pupilIds(),
                pair.getTutor() == null ? null : pair.getTutor().getId(),
                pair.getSessions().stream().map(TutoringSession::getId).toList(), problem, amount);
    }

    private static TutorDayJustification tutorDay(Tutor tutor, DayOfWeek day, List<TutoringSession> sessions,
            String problem, int amount) {
        return new TutorDayJustification(tutor.getId(), day, sessions.stream().map(TutoringSession::getId).toList(),
                sessions.stream().flatMap(session -> session.getPupils().stream()).map(Pupil::getId).distinct()
                        .toList(), problem, amount);
    }

    private static RegularLessonJustification missedSubject(Pupil pupil, String subject,
            List<TutoringSession> sessions) {
        return new RegularLessonJustification(pupil.getId(), subject,
                sessions.stream().map(TutoringSession::getId).sorted().toList(),
                tutorId(sessions.get(0)), null, sessions.size());
    }

}
