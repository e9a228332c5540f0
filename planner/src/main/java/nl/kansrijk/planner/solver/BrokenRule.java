package nl.kansrijk.planner.solver;

import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/**
 * One match of one constraint.
 *
 * @param constraintName the readable name, e.g. "Tutor conflict"
 * @param impact what the match costs (negative)
 * @param justification the facts involved
 */
public record BrokenRule(String constraintName, HardMediumSoftScore impact, ScheduleJustification justification) {

    public boolean isHard() {
        return impact.hardScore() < 0;
    }
}
