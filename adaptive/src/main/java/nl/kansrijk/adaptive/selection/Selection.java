package nl.kansrijk.adaptive.selection;

/**
 * The chosen item with the target it was chosen for: the drawn probability of a correct answer
 * and the item rating β* that would give it. {@code fromRecent} is true only when a thin bank left
 * nothing but recently answered items.
 */
public record Selection(ItemCandidate item, double targetProbability, double targetRating, boolean fromRecent) {
}
