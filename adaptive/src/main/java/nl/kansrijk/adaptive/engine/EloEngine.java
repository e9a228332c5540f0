package nl.kansrijk.adaptive.engine;

import java.util.Objects;

/**
 * Updates a pupil's and an item's ratings after one answer. Stateless and thread-safe: the caller
 * passes the current ratings in and stores the ratings it gets back.
 */
public final class EloEngine {

    private final EngineSettings settings;
    private final HshsModel model;

    public EloEngine(EngineSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.model = new HshsModel(settings.timeLimit());
    }

    public EngineSettings settings() {
        return settings;
    }

    public HshsModel model() {
        return model;
    }

    /** Update without a partner item (independent mode, or the first answer of a session). */
    public RatingUpdate update(Rating pupil, Rating item, Answer answer) {
        return update(pupil, item, null, answer);
    }

    /**
     * θ ← θ + K_p(S − E(S)), β ← β + K_i(E(S) − S) (Klinkenberg et al. 2011). In
     * {@link ItemUpdateMode#ZERO_SUM_PAIRED} the partner item (see there; never the answered item
     * itself) takes the opposite item change; may be {@code null}.
     */
    public RatingUpdate update(Rating pupil, Rating item, Rating partner, Answer answer) {
        Objects.requireNonNull(pupil, "pupil");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(answer, "answer");

        double pupilUncertainty = pupil.uncertaintyAt(answer.answeredAt(), settings);
        double itemUncertainty = item.uncertaintyAt(answer.answeredAt(), settings);
        // K_p = K(1 + K⁺U_p − K⁻U_i), K_i = K(1 + K⁺U_i − K⁻U_p) (Klinkenberg et al. 2011)
        double pupilK = settings.k() * (1 + settings.kPlus() * pupilUncertainty - settings.kMinus() * itemUncertainty);
        double itemK = settings.k() * (1 + settings.kPlus() * itemUncertainty - settings.kMinus() * pupilUncertainty);

        double score = model.score(answer);
        double expected = model.expectedScore(pupil.value() - item.value());
        double surprise = score - expected;

        Rating pupilAfter = pupil.answered(pupil.value() + pupilK * surprise, pupilUncertainty, answer.answeredAt(), settings);
        double itemChange = -itemK * surprise;

        Rating itemAfter;
        Rating partnerAfter = null;
        if (settings.itemUpdateMode() == ItemUpdateMode.INDEPENDENT) {
            itemAfter = item.answered(item.value() + itemChange, itemUncertainty, answer.answeredAt(), settings);
        } else if (partner == null) {
            itemAfter = item.answered(item.value(), itemUncertainty, answer.answeredAt(), settings);
        } else {
            itemAfter = item.answered(item.value() + itemChange, itemUncertainty, answer.answeredAt(), settings);
            partnerAfter = partner.withValue(partner.value() - itemChange);
        }
        return new RatingUpdate(pupil, pupilAfter, item, itemAfter,
                partnerAfter == null ? null : partner, partnerAfter, score, expected, pupilK, itemK);
    }

    /**
     * The two-chain update (Bolsinova, Gergely &amp; Brinkhuis 2025): the item was selected with the
     * pupil's {@link TwoChainRating#selectionChain()}, so the other chain of pupil, item and partner
     * is updated by {@link #update(Rating, Rating, Rating, Answer)}; the selection chain is untouched.
     * The partner is the item of the pupil's answer before the previous one in this domain, which was
     * updated in the same chain; {@code null} for the first two answers.
     */
    public TwoChainUpdate update(TwoChainRating pupil, TwoChainRating item, TwoChainRating partner, Answer answer) {
        Objects.requireNonNull(pupil, "pupil");
        Objects.requireNonNull(item, "item");
        int updated = 1 - pupil.selectionChain();
        RatingUpdate chainUpdate = update(pupil.chain(updated), item.chain(updated), partner == null ? null : partner.chain(updated), answer);
        TwoChainRating partnerAfter = chainUpdate.hasPartner() ? partner.withChain(updated, chainUpdate.partnerAfter()) : null;
        return new TwoChainUpdate(updated, chainUpdate,
                pupil, pupil.withChain(updated, chainUpdate.pupilAfter()),
                item, item.withChain(updated, chainUpdate.itemAfter()),
                partnerAfter == null ? null : partner, partnerAfter);
    }
}
