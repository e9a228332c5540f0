package nl.kansrijk.adaptive.growth;

import java.time.Instant;

/** A pupil's rating in one domain as it stood at an instant, and how many answers it rests on. */
public record RatingSnapshot(Instant at, double rating, int answerCount) {
}
