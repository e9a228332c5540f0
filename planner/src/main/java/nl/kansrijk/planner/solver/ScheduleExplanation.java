package nl.kansrijk.planner.solver;

import java.util.List;
import java.util.Map;

import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/**
 * A schedule's score taken apart for the UI.
 *
 * @param brokenRules every constraint match, hard first
 * @param bySession session id → the rules it breaks (sessions without any are absent)
 * @param byPupil pupil id → the rules that concern the pupil
 * @param unplanned session id → why it could not be planned, for every unplanned session
 */
public record ScheduleExplanation(HardMediumSoftScore score, List<BrokenRule> brokenRules,
        Map<String, List<BrokenRule>> bySession, Map<String, List<BrokenRule>> byPupil,
        Map<String, UnplannedReason> unplanned) {
}
