package nl.kansrijk.planner.solver;

import java.time.DayOfWeek;
import java.util.List;

/**
 * A tutor's day that is too full or has gaps.
 *
 * @param amount sessions over the daily maximum, or idle minutes between the first and last session
 */
public record TutorDayJustification(String tutorId, DayOfWeek day, List<String> sessionIds, List<String> pupilIds,
        String problem, int amount) implements ScheduleJustification {

    @Override
    public String timeslotId() {
        return null;
    }

    @Override
    public String description() {
        return "tutor %s on %s: %s (%d)".formatted(tutorId, day, problem, amount);
    }
}
