package nl.kansrijk.adaptive.engine;

/**
 * Everything one answer changed, so the app can log each rating change: the pupil's and item's
 * ratings before and after, the partner item's (zero-sum mode, else {@code null}), the score S,
 * the expected score E(S) and the K factors used.
 */
public record RatingUpdate(
        Rating pupilBefore,
        Rating pupilAfter,
        Rating itemBefore,
        Rating itemAfter,
        Rating partnerBefore,
        Rating partnerAfter,
        double score,
        double expectedScore,
        double pupilK,
        double itemK) {

    public double thetaBefore() {
        return pupilBefore.value();
    }

    public double thetaAfter() {
        return pupilAfter.value();
    }

    public double betaBefore() {
        return itemBefore.value();
    }

    public double betaAfter() {
        return itemAfter.value();
    }

    public boolean hasPartner() {
        return partnerAfter != null;
    }
}
