package nl.kansrijk.planner.solver;

import java.util.List;

/**
 * A pupil taken out of a regular lesson.
 *
 * @param subject the regular lesson's subject code
 * @param timesMissed how often this week the pupil misses that subject for tutoring
 */
public record RegularLessonJustification(String pupilId, String subject, List<String> sessionIds, String tutorId,
        String timeslotId, int timesMissed) implements ScheduleJustification {

    @Override
    public List<String> pupilIds() {
        return List.of(pupilId);
    }

    @Override
    public String description() {
        return "pupil %s misses %s (%d time(s) this week) for sessions %s".formatted(pupilId, subject, timesMissed,
                String.join(", ", sessionIds));
    }
}
