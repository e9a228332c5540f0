package nl.kansrijk.adaptive.selection;

import java.util.Objects;

/**
 * How the selector picks among the items nearest the target rating β*.
 *
 * <ul>
 *   <li>{@code nearestCount}: how many eligible items nearest β* compete.
 *   <li>{@code choice}: which of them wins. Math Garden prefers the least used; with two-chain
 *       ratings that preference selects on rating error and biased the scale by +0.4 logits in our
 *       simulation (docs/BENCHMARKS.md), so the default draws one of them at random, which spreads
 *       use just as well without the bias.
 *   <li>{@code minimumProbability}, {@code maximumProbability}: the range a drawn target probability
 *       is clipped to; below 0.5 an item is harder than a coin flip, above 0.98 it teaches nothing
 *       and logit(p) grows without bound.
 * </ul>
 */
public record SelectionSettings(int nearestCount, Choice choice, double minimumProbability, double maximumProbability) {

    /** How one of the nearest items is chosen. */
    public enum Choice {
        /** Uniformly at random among the nearest. */
        RANDOM,
        /** The least used among the nearest, ties to the nearest (Math Garden's rule). */
        LEAST_USED
    }

    public SelectionSettings {
        Objects.requireNonNull(choice, "choice");
        if (nearestCount < 1) {
            throw new IllegalArgumentException("nearestCount must be at least 1: " + nearestCount);
        }
        if (!(minimumProbability > 0 && minimumProbability < maximumProbability && maximumProbability < 1)) {
            throw new IllegalArgumentException("need 0 < minimum < maximum < 1: " + minimumProbability + ", " + maximumProbability);
        }
    }

    public static SelectionSettings defaults() {
        return new SelectionSettings(5, Choice.RANDOM, 0.50, 0.98);
    }
}
