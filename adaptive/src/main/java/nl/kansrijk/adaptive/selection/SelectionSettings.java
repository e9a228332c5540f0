package nl.kansrijk.adaptive.selection;

/**
 * How many items nearest to the target rating compete (the least used of them wins), and the range
 * a drawn target probability is clipped to: below 0.5 an item is harder than a coin flip, above
 * 0.98 it teaches nothing and logit(p) grows without bound.
 */
public record SelectionSettings(int nearestCount, double minimumProbability, double maximumProbability) {

    public SelectionSettings {
        if (nearestCount < 1) {
            throw new IllegalArgumentException("nearestCount must be at least 1: " + nearestCount);
        }
        if (!(minimumProbability > 0 && minimumProbability < maximumProbability && maximumProbability < 1)) {
            throw new IllegalArgumentException("need 0 < minimum < maximum < 1: " + minimumProbability + ", " + maximumProbability);
        }
    }

    public static SelectionSettings defaults() {
        return new SelectionSettings(5, 0.50, 0.98);
    }
}
