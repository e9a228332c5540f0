package nl.kansrijk.planner.solver;

import java.util.List;

/**
 * One session whose placement breaks a rule: wrong window, tutor unavailable, room too small, unplanned,
 * moved from the published schedule, or a long wait before an extended-day session.
 *
 * @param problem a short English statement of what is wrong
 * @param amount how bad: minutes, pupils or 1
 */
public record SessionPlacementJustification(String sessionId, List<String> pupilIds, String tutorId,
        String timeslotId, String roomId, String problem, int amount) implements ScheduleJustification {

    @Override
    public List<String> sessionIds() {
        return List.of(sessionId);
    }

    @Override
    public String description() {
        return "session %s (%s, room %s): %s (%d)".formatted(sessionId, timeslotId, roomId, problem, amount);
    }
}
