package nl.kansrijk.adaptive.engine;

/** How an answer moves item ratings; see adaptive/README.md, "Scale drift". */
public enum ItemUpdateMode {
    /**
     * The classic update: the answered item moves by K_i(E(S) − S) on its own. The sum of item
     * ratings is free to wander, and does so when pupils learn (items look easier and deflate).
     */
    INDEPENDENT,
    /**
     * The answered item moves by K_i(E(S) − S) and a partner item moves by exactly the opposite
     * amount, so the sum of item ratings never changes and a learning pupil's surprise stays with the
     * pupil. The partner is the pupil's previous item updated in the same chain: with
     * {@link TwoChainRating} the item of the answer before the previous one in this domain. Without a
     * partner the item value stays put (its answer still updates the pupil).
     */
    ZERO_SUM_PAIRED
}
