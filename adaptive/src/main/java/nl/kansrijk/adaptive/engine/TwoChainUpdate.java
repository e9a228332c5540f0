package nl.kansrijk.adaptive.engine;

/**
 * What one answer changed in two-chain ratings: which chain was updated, the single-chain update
 * (S, E(S), K used, before/after of that chain) and the new two-chain ratings. θ and β before and
 * after are the estimates (chain means); the partner is {@code null} when none was moved.
 */
public record TwoChainUpdate(
        int updatedChain,
        RatingUpdate chainUpdate,
        TwoChainRating pupilBefore,
        TwoChainRating pupilAfter,
        TwoChainRating itemBefore,
        TwoChainRating itemAfter,
        TwoChainRating partnerBefore,
        TwoChainRating partnerAfter) {

    public double thetaBefore() {
        return pupilBefore.estimate();
    }

    public double thetaAfter() {
        return pupilAfter.estimate();
    }

    public double betaBefore() {
        return itemBefore.estimate();
    }

    public double betaAfter() {
        return itemAfter.estimate();
    }

    public double score() {
        return chainUpdate.score();
    }

    public double expectedScore() {
        return chainUpdate.expectedScore();
    }

    public double pupilK() {
        return chainUpdate.pupilK();
    }

    public double itemK() {
        return chainUpdate.itemK();
    }

    public boolean hasPartner() {
        return partnerAfter != null;
    }
}
