package nl.kansrijk.planner.solver;

import java.util.List;

/**
 * Two sessions that claim the same tutor, room or pupil at once (or the same pupil twice on one day).
 *
 * @param resourceKind "tutor", "room" or "pupil"
 * @param resourceId the id of the tutor, room or (first shared) pupil
 * @param amount minutes of overlap, or the number of pupils shared
 */
public record DoubleBookingJustification(String resourceKind, String resourceId, List<String> sessionIds,
        List<String> pupilIds, String tutorId, String timeslotId, int amount) implements ScheduleJustification {

    @Override
    public String description() {
        return "%s %s is booked twice by sessions %s (%s, %d)".formatted(resourceKind, resourceId,
                String.join(" and ", sessionIds), timeslotId, amount);
    }
}
