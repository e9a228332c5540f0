package nl.kansrijk.planner.domain;

import java.util.Objects;
import java.util.Set;

/**
 * Which regular lessons a tutoring session may take a pupil out of.
 * Schools want "niet te veel lesuitval": never the same subject all the time, never a core subject
 * unless the school allows it (Kansrijk DESIGN §1).
 *
 * @param coreSubjects subject codes that are never missed
 * @param allowedSubjects subject codes that may be missed; empty means every subject that is not core
 * @param maxMissedPerSubjectPerWeek how often one pupil may miss the same subject in a week
 */
public record PullOutRules(Set<String> coreSubjects, Set<String> allowedSubjects, int maxMissedPerSubjectPerWeek) {

    /** Dutch, maths and English by their archive codes (ne, wi, en). */
    public static final Set<String> DEFAULT_CORE_SUBJECTS = Set.of("ne", "wi", "en");

    public PullOutRules {
        coreSubjects = Set.copyOf(coreSubjects);
        allowedSubjects = Set.copyOf(allowedSubjects);
        if (maxMissedPerSubjectPerWeek < 0) {
            throw new IllegalArgumentException("maxMissedPerSubjectPerWeek must not be negative");
        }
    }

    /** Never a core subject, any other subject at most once a week. */
    public static PullOutRules defaults() {
        return new PullOutRules(DEFAULT_CORE_SUBJECTS, Set.of(), 1);
    }

    /** Whether a session may ever take a pupil out of a lesson in this subject (the weekly cap aside). */
    public boolean allowsMissing(String subject) {
        Objects.requireNonNull(subject);
        if (coreSubjects.contains(subject) || maxMissedPerSubjectPerWeek == 0) {
            return false;
        }
        return allowedSubjects.isEmpty() || allowedSubjects.contains(subject);
    }
}
