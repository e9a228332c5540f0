package nl.kansrijk.planner.solver;

import java.util.List;

/**
 * A rule about a pair as a whole: its tutor, its pupils' ability gap, its rooms or how its sessions spread.
 *
 * @param amount rating points, sessions, rooms or days, depending on the rule
 */
public record PairJustification(String pairId, List<String> pupilIds, String tutorId, List<String> sessionIds,
        String problem, int amount) implements ScheduleJustification {

    @Override
    public String timeslotId() {
        return null;
    }

    @Override
    public String description() {
        return "pair %s: %s (%d)".formatted(pairId, problem, amount);
    }
}
