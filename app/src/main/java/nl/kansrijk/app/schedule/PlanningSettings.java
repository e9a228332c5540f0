package nl.kansrijk.app.schedule;

import nl.kansrijk.planner.domain.ConstraintWeights;
import nl.kansrijk.planner.domain.PullOutRules;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A school's planning rules: which subjects a pupil may miss for a session and how often, the
 * solver's default time limit, and the weights of the soft rules (what the school cares about most).
 */
public record PlanningSettings(Set<String> coreSubjects, Set<String> allowedSubjects, int maxMissedPerSubjectPerWeek,
                               int timeLimitSeconds, Map<String, Integer> softWeights) {

    /** The soft rules a school may weigh, by planner constraint name; hard and medium rules are not negotiable. */
    static final Map<String, BiConsumer<ConstraintWeights, HardMediumSoftScore>> SOFT_RULES = softRules();

    /** Defaults from the studies: never miss a core subject, the same subject at most once a week. */
    public static PlanningSettings defaults() {
        PullOutRules rules = PullOutRules.defaults();
        ConstraintWeights weights = new ConstraintWeights();
        Map<String, Integer> soft = new LinkedHashMap<>();
        soft.put(ConstraintWeights.ABILITY_GAP, weights.getAbilityGap().softScore());
        soft.put(ConstraintWeights.SESSIONS_TOO_CLOSE, weights.getSessionsTooClose().softScore());
        soft.put(ConstraintWeights.PULL_OUT, weights.getPullOut().softScore());
        soft.put(ConstraintWeights.SAME_SUBJECT_MISSED_TWICE, weights.getSameSubjectMissedTwice().softScore());
        soft.put(ConstraintWeights.TUTOR_IDLE_TIME, weights.getTutorIdleTime().softScore());
        soft.put(ConstraintWeights.PAIR_CHANGES_ROOM, weights.getPairChangesRoom().softScore());
        soft.put(ConstraintWeights.EXTENDED_DAY_WAIT, weights.getExtendedDayWait().softScore());
        soft.put(ConstraintWeights.MOVED_FROM_PUBLISHED_TIME, weights.getMovedFromPublishedTime().softScore());
        soft.put(ConstraintWeights.MOVED_FROM_PUBLISHED_ROOM, weights.getMovedFromPublishedRoom().softScore());
        return new PlanningSettings(rules.coreSubjects(), rules.allowedSubjects(), rules.maxMissedPerSubjectPerWeek(), 30, soft);
    }

    public PullOutRules pullOutRules() {
        return new PullOutRules(coreSubjects, allowedSubjects, maxMissedPerSubjectPerWeek);
    }

    public ConstraintWeights constraintWeights() {
        ConstraintWeights weights = new ConstraintWeights();
        softWeights.forEach((rule, weight) -> {
            BiConsumer<ConstraintWeights, HardMediumSoftScore> setter = SOFT_RULES.get(rule);
            if (setter != null) {
                setter.accept(weights, HardMediumSoftScore.ofSoft(weight));
            }
        });
        return weights;
    }

    static Set<String> words(String text) {
        return new LinkedHashSet<>(Arrays.stream(text.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList());
    }


    private static Map<String, BiConsumer<ConstraintWeights, HardMediumSoftScore>> softRules() {
        Map<String, BiConsumer<ConstraintWeights, HardMediumSoftScore>> rules = new LinkedHashMap<>();
        rules.put(ConstraintWeights.ABILITY_GAP, ConstraintWeights::setAbilityGap);
        rules.put(ConstraintWeights.SESSIONS_TOO_CLOSE, ConstraintWeights::setSessionsTooClose);
        rules.put(ConstraintWeights.PULL_OUT, ConstraintWeights::setPullOut);
        rules.put(ConstraintWeights.SAME_SUBJECT_MISSED_TWICE, ConstraintWeights::setSameSubjectMissedTwice);
        rules.put(ConstraintWeights.TUTOR_IDLE_TIME, ConstraintWeights::setTutorIdleTime);
        rules.put(ConstraintWeights.PAIR_CHANGES_ROOM, ConstraintWeights::setPairChangesRoom);
        rules.put(ConstraintWeights.EXTENDED_DAY_WAIT, ConstraintWeights::setExtendedDayWait);
        rules.put(ConstraintWeights.MOVED_FROM_PUBLISHED_TIME, ConstraintWeights::setMovedFromPublishedTime);
        rules.put(ConstraintWeights.MOVED_FROM_PUBLISHED_ROOM, ConstraintWeights::setMovedFromPublishedRoom);
        return Map.copyOf(rules);
    }

}
