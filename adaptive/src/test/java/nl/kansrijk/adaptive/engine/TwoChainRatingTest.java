package nl.kansrijk.adaptive.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TwoChainRatingTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Answer CORRECT_IN_FIVE_SECONDS = Answer.correct(Duration.ofSeconds(5), NOW);

    private final EloEngine engine = new EloEngine(EngineSettings.defaults());

    @Test
    void update_newPupil_updatesOnlyTheChainNotUsedForSelection() {
        TwoChainRating pupil = TwoChainRating.initial(0.0);
        assertThat(pupil.selectionChain()).isZero();

        TwoChainUpdate update = engine.update(pupil, TwoChainRating.initial(0.0), null, CORRECT_IN_FIVE_SECONDS);

        // chain 1 moves by K_p·S = 0.45·0.75 (see EloEngineTest); chain 0, used for selection, stays
        assertThat(update.updatedChain()).isEqualTo(1);
        assertThat(update.pupilAfter().first()).isEqualTo(pupil.first());
        assertThat(update.pupilAfter().second().value()).isCloseTo(0.3375, within(1e-15));
        assertThat(update.thetaAfter()).isCloseTo(0.3375 / 2, within(1e-15));
    }

    @Test
    void selectionChain_afterEachAnswer_alternates() {
        TwoChainRating pupil = TwoChainRating.initial(0.0);
        TwoChainRating item = TwoChainRating.initial(0.0);
        int[] chains = new int[4];
        for (int answer = 0; answer < 4; answer++) {
            chains[answer] = pupil.selectionChain();
            pupil = engine.update(pupil, item, null, CORRECT_IN_FIVE_SECONDS).pupilAfter();
        }

        assertThat(chains).containsExactly(0, 1, 0, 1);
        assertThat(pupil.first().answerCount()).isEqualTo(2);
        assertThat(pupil.second().answerCount()).isEqualTo(2);
    }

    @Test
    void update_withPartner_movesPartnerInTheUpdatedChainOnly() {
        TwoChainRating partner = TwoChainRating.initial(0.2);

        TwoChainUpdate update = engine.update(TwoChainRating.initial(0.0), TwoChainRating.initial(0.0), partner, CORRECT_IN_FIVE_SECONDS);

        // item chain 1: −0.3375, partner chain 1: 0.2 + 0.3375; chain 0 of both untouched
        assertThat(update.itemAfter().second().value()).isCloseTo(-0.3375, within(1e-15));
        assertThat(update.partnerAfter().second().value()).isCloseTo(0.5375, within(1e-15));
        assertThat(update.partnerAfter().first()).isEqualTo(partner.first());
        assertThat(update.itemAfter().estimate() + update.partnerAfter().estimate()).isCloseTo(0.0 + 0.2, within(1e-15));
    }

    @Test
    void chain_indexOtherThanZeroOrOne_isRejected() {
        assertThatThrownBy(() -> TwoChainRating.initial(0.0).chain(2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TwoChainRating.initial(0.0).withChain(-1, Rating.initial(0.0))).isInstanceOf(IllegalArgumentException.class);
    }
}
