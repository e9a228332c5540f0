package nl.kansrijk.adaptive.engine;

import java.util.Objects;

/**
 * A rating kept as two parallel chains (Bolsinova, Gergely &amp; Brinkhuis 2025, "Keeping Elo
 * alive"): each answer's item is selected with one chain and only the other chain is updated with
 * it, so no chain learns from answers that were chosen because of its own current errors. That
 * dependence is what inflates rating variance under adaptive selection. The rating shown, stored in
 * growth logs and compared between pupils is {@link #estimate()}, the mean of both chains.
 */
public record TwoChainRating(Rating first, Rating second) {

    public TwoChainRating {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
    }

    /** A new pupil or item: both chains at {@code value}, fully uncertain. */
    public static TwoChainRating initial(double value) {
        return new TwoChainRating(Rating.initial(value), Rating.initial(value));
    }

    /** The pupil's or item's rating: the mean of the two chains. */
    public double estimate() {
        return (first.value() + second.value()) / 2;
    }

    public long answerCount() {
        return first.answerCount() + second.answerCount();
    }

    public Rating chain(int index) {
        return switch (index) {
            case 0 -> first;
            case 1 -> second;
            default -> throw new IllegalArgumentException("chain index must be 0 or 1: " + index);
        };
    }

    public TwoChainRating withChain(int index, Rating rating) {
        return switch (index) {
            case 0 -> new TwoChainRating(rating, second);
            case 1 -> new TwoChainRating(first, rating);
            default -> throw new IllegalArgumentException("chain index must be 0 or 1: " + index);
        };
    }

    /**
     * The chain a pupil's next item is selected with: it alternates with every answer the pupil gives,
     * so each chain is updated on every other answer. Select with it, then pass the answer to
     * {@link EloEngine#update(TwoChainRating, TwoChainRating, TwoChainRating, Answer)}, which updates
     * the other chain.
     */
    public int selectionChain() {
        return (int) (answerCount() % 2);
    }

    /** The pupil's rating in the selection chain: the θ to pass to the item selector. */
    public double selectionValue() {
        return chain(selectionChain()).value();
    }
}
