package nl.kansrijk.adaptive.growth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatingHistoryTest {

    private static final Instant MONDAY = Instant.parse("2026-09-07T08:30:00Z");
    private static final Instant TUESDAY = MONDAY.plus(Duration.ofDays(1));
    private static final Instant WEDNESDAY = MONDAY.plus(Duration.ofDays(2));

    private final RatingHistory history = new RatingHistory(List.of(
            // deliberately out of order: the store may return them so
            new RatingChange(TUESDAY, 0.30, 0.50),
            new RatingChange(MONDAY, 0.00, 0.10),
            new RatingChange(MONDAY.plusSeconds(20), 0.10, 0.30)));

    @Test
    void at_beforeFirstChange_isStartingRatingWithNoAnswers() {
        assertThat(history.at(MONDAY.minusSeconds(1))).hasValue(new RatingSnapshot(MONDAY.minusSeconds(1), 0.00, 0));
    }

    @Test
    void at_exactInstantOfChange_includesThatChange() {
        assertThat(history.at(MONDAY)).hasValue(new RatingSnapshot(MONDAY, 0.10, 1));
    }

    @Test
    void at_afterAllChanges_isLastRatingWithAllAnswers() {
        assertThat(history.at(WEDNESDAY)).hasValue(new RatingSnapshot(WEDNESDAY, 0.50, 3));
    }

    @Test
    void gain_mondayEveningToWednesday_isDifferenceOfRatings() {
        // 0.50 on Wednesday minus 0.30 on Monday evening
        assertThat(history.gain(MONDAY.plus(Duration.ofHours(10)), WEDNESDAY)).hasValueSatisfying(gain ->
                assertThat(gain).isCloseTo(0.20, org.assertj.core.api.Assertions.within(1e-12)));
    }

    @Test
    void series_dailyOverThreeDays_givesOneSnapshotPerDay() {
        assertThat(history.series(MONDAY, WEDNESDAY, Duration.ofDays(1)))
                .extracting(RatingSnapshot::rating, RatingSnapshot::answerCount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0.10, 1),
                        org.assertj.core.groups.Tuple.tuple(0.50, 3),
                        org.assertj.core.groups.Tuple.tuple(0.50, 3));
    }

    @Test
    void at_emptyHistory_isEmpty() {
        assertThat(new RatingHistory(List.of()).at(MONDAY)).isEmpty();
        assertThat(new RatingHistory(List.of()).gain(MONDAY, TUESDAY)).isEmpty();
    }
}
