package nl.kansrijk.adaptive.selection;

/**
 * The pupil's chosen difficulty, as a distribution of the target probability of a correct answer
 * (Math Garden's easy / medium / hard; Klinkenberg et al. 2011).
 */
public enum Difficulty {
    EASY(0.90, 0.05),
    MEDIUM(0.75, 0.10),
    HARD(0.60, 0.05);

    private final double meanProbability;
    private final double standardDeviation;

    Difficulty(double meanProbability, double standardDeviation) {
        this.meanProbability = meanProbability;
        this.standardDeviation = standardDeviation;
    }

    public double meanProbability() {
        return meanProbability;
    }

    public double standardDeviation() {
        return standardDeviation;
    }
}
