package nl.kansrijk.adaptive.selection;

import java.util.Objects;

/** An item the selector may choose: its id, current rating and how often it was answered. */
public record ItemCandidate(String itemId, double rating, long useCount) {

    public ItemCandidate {
        Objects.requireNonNull(itemId, "itemId");
        if (!Double.isFinite(rating)) {
            throw new IllegalArgumentException("rating must be finite: " + rating);
        }
    }
}
