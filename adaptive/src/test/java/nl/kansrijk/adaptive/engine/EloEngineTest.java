package nl.kansrijk.adaptive.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EloEngineTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration FIVE_SECONDS = Duration.ofSeconds(5);

    private final EngineSettings independent = EngineSettings.defaults().withItemUpdateMode(ItemUpdateMode.INDEPENDENT);
    private final EloEngine engine = new EloEngine(independent);

    private static Rating settled(double value) {
        return new Rating(value, 0.0, NOW, 200);
    }

    @Test
    void update_correctFastAnswer_raisesThetaAndLowersBeta() {
        RatingUpdate update = engine.update(settled(0.0), settled(0.0), Answer.correct(Duration.ofSeconds(2), NOW));

        assertThat(update.thetaAfter()).isGreaterThan(update.thetaBefore());
        assertThat(update.betaAfter()).isLessThan(update.betaBefore());
    }

    @Test
    void update_wrongAnswer_lowersThetaAndRaisesBeta() {
        RatingUpdate update = engine.update(settled(0.0), settled(0.0), Answer.wrong(Duration.ofSeconds(8), NOW));

        assertThat(update.thetaAfter()).isLessThan(update.thetaBefore());
        assertThat(update.betaAfter()).isGreaterThan(update.betaBefore());
    }

    @Test
    void update_slowCorrectAnswerOnEasyItem_lowersTheta() {
        // δ = 2: E(S) = coth 2 − 1/2 = 0.5373; a correct answer after 15 s scores only 0.25
        RatingUpdate update = engine.update(settled(1.0), settled(-1.0), Answer.correct(Duration.ofSeconds(15), NOW));

        assertThat(update.expectedScore()).isCloseTo(0.5373147207275481, within(1e-12));
        assertThat(update.thetaAfter()).isLessThan(1.0);
    }

    @Test
    void update_dontKnowOnItemAboveLevel_raisesThetaSlightly() {
        // δ = −1: E(S) = −0.3130, S = 0, so the pupil did better than expected by not guessing wrong
        RatingUpdate update = engine.update(settled(0.0), settled(1.0), Answer.dontKnow(Duration.ofSeconds(3), NOW));

        assertThat(update.score()).isZero();
        assertThat(update.thetaAfter()).isGreaterThan(0.0);
        assertThat(update.betaAfter()).isLessThan(1.0);
    }

    @Test
    void update_newPupilAndNewItem_usesBoostedKAndMovesByKTimesSurprise() {
        // K_p = K_i = 0.1·(1 + 4·1 − 0.5·1) = 0.45; S = 1 − 5/20 = 0.75; E(S) = 0 at δ = 0
        RatingUpdate update = engine.update(Rating.initial(0.0), Rating.initial(0.0), Answer.correct(FIVE_SECONDS, NOW));

        assertThat(update.pupilK()).isCloseTo(0.45, within(1e-15));
        assertThat(update.itemK()).isCloseTo(0.45, within(1e-15));
        assertThat(update.thetaAfter()).isCloseTo(0.3375, within(1e-15));
        assertThat(update.betaAfter()).isCloseTo(-0.3375, within(1e-15));
    }

    @Test
    void update_settledPupilAndItem_usesBaseK() {
        RatingUpdate update = engine.update(settled(0.0), settled(0.0), Answer.correct(FIVE_SECONDS, NOW));

        assertThat(update.pupilK()).isCloseTo(0.1, within(1e-15));
        assertThat(update.itemK()).isCloseTo(0.1, within(1e-15));
    }

    @Test
    void update_settledPupilMeetingNewItem_trustsItemLessAndMovesItemMore() {
        // K_p = 0.1·(1 + 0 − 0.5) = 0.05; K_i = 0.1·(1 + 4 − 0) = 0.5
        RatingUpdate update = engine.update(settled(0.0), Rating.initial(0.0), Answer.correct(FIVE_SECONDS, NOW));

        assertThat(update.pupilK()).isCloseTo(0.05, within(1e-15));
        assertThat(update.itemK()).isCloseTo(0.5, within(1e-15));
    }

    @Test
    void update_pupilBackAfterFifteenIdleDays_hasUncertaintyHalfAndLargerK() {
        Rating idle = new Rating(0.0, 0.0, NOW.minus(Duration.ofDays(15)), 300);

        RatingUpdate update = engine.update(idle, settled(0.0), Answer.correct(FIVE_SECONDS, NOW));

        // U = 0 + 15/30 = 0.5, so K_p = 0.1·(1 + 4·0.5) = 0.3; after the answer U = 0.5 − 1/40
        assertThat(update.pupilK()).isCloseTo(0.3, within(1e-12));
        assertThat(update.pupilAfter().uncertainty()).isCloseTo(0.475, within(1e-12));
    }

    @Test
    void update_fortyAnswers_bringUncertaintyFromOneToZero() {
        Rating pupil = Rating.initial(0.0);
        Rating item = settled(0.0);
        for (int i = 0; i < 39; i++) {
            pupil = engine.update(pupil, item, Answer.correct(FIVE_SECONDS, NOW)).pupilAfter();
        }
        assertThat(pupil.uncertainty()).isCloseTo(0.025, within(1e-12));

        pupil = engine.update(pupil, item, Answer.correct(FIVE_SECONDS, NOW)).pupilAfter();

        assertThat(pupil.uncertainty()).isZero();
        assertThat(pupil.answerCount()).isEqualTo(40);
        assertThat(pupil.lastAnsweredAt()).isEqualTo(NOW);
    }

    @Test
    void update_independentMode_conservesSumOnlyWhenKsAreEqual() {
        RatingUpdate equalK = engine.update(settled(0.3), settled(0.0), Answer.correct(FIVE_SECONDS, NOW));
        RatingUpdate unequalK = engine.update(Rating.initial(0.3), settled(0.0), Answer.correct(FIVE_SECONDS, NOW));

        assertThat(equalK.thetaAfter() + equalK.betaAfter()).isCloseTo(0.3, within(1e-15));
        assertThat(unequalK.thetaAfter() + unequalK.betaAfter()).isNotCloseTo(0.3, within(1e-3));
    }

    @Test
    void update_zeroSumPairedWithPartner_movesPartnerByOppositeItemChange() {
        EloEngine paired = new EloEngine(EngineSettings.defaults());
        Rating partner = settled(0.2);

        RatingUpdate update = paired.update(Rating.initial(0.0), Rating.initial(0.0), partner, Answer.correct(FIVE_SECONDS, NOW));

        // item: 0 − 0.45·0.75 = −0.3375; partner: 0.2 + 0.3375
        assertThat(update.betaAfter()).isCloseTo(-0.3375, within(1e-15));
        assertThat(update.partnerAfter().value()).isCloseTo(0.5375, within(1e-15));
        assertThat(update.betaAfter() + update.partnerAfter().value()).isCloseTo(0.0 + 0.2, within(1e-15));
        assertThat(update.partnerAfter().answerCount()).isEqualTo(partner.answerCount());
    }

    @Test
    void update_zeroSumPairedWithoutPartner_keepsItemValueButCountsTheAnswer() {
        EloEngine paired = new EloEngine(EngineSettings.defaults());

        RatingUpdate update = paired.update(Rating.initial(0.0), Rating.initial(0.4), Answer.correct(FIVE_SECONDS, NOW));

        assertThat(update.betaAfter()).isEqualTo(0.4);
        assertThat(update.itemAfter().answerCount()).isEqualTo(1);
        assertThat(update.thetaAfter()).isGreaterThan(0.0);
        assertThat(update.hasPartner()).isFalse();
    }

    @Test
    void update_independentModeWithPartner_leavesPartnerAlone() {
        RatingUpdate update = engine.update(settled(0.0), settled(0.0), settled(0.7), Answer.correct(FIVE_SECONDS, NOW));

        assertThat(update.hasPartner()).isFalse();
        assertThat(update.partnerBefore()).isNull();
        assertThat(update.betaAfter()).isLessThan(0.0);
    }
}
