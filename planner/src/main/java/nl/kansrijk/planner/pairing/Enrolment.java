package nl.kansrijk.planner.pairing;

import java.util.Objects;

import nl.kansrijk.planner.domain.Programme;
import nl.kansrijk.planner.domain.Pupil;

/**
 * A pupil enrolled in a tutoring programme for a subject.
 *
 * @param testScore an imported test score (e.g. a Cito vaardigheidsscore), used only when a practice rating is missing;
 *     null when none
 */
public record Enrolment(Pupil pupil, Programme programme, String subject, int sessionsPerWeek, Integer testScore) {

    public Enrolment {
        Objects.requireNonNull(pupil);
        Objects.requireNonNull(programme);
        Objects.requireNonNull(subject);
        if (sessionsPerWeek < 1 || sessionsPerWeek > 5) {
            throw new IllegalArgumentException("sessionsPerWeek must be 1 to 5, not " + sessionsPerWeek);
        }
    }
}
