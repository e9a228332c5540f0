package nl.kansrijk.planner.solver;

import java.util.List;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * The facts behind one broken rule, in a shape the app can turn into a plain-Dutch sentence.
 * Every justification names the sessions and pupils it is about, so the explainer can list it per session and per pupil.
 */
public sealed interface ScheduleJustification extends ConstraintJustification
        permits DoubleBookingJustification, RegularLessonJustification, SessionPlacementJustification,
        TutorDayJustification, PairJustification {

    List<String> sessionIds();

    List<String> pupilIds();

    /** The tutor involved, or null. */
    String tutorId();

    /** The timeslot involved, or null when the rule is about a day or the whole week. */
    String timeslotId();

    /** A short English description for logs and tests; the app renders its own Dutch text from the fields. */
    String description();
}
