package nl.kansrijk.adaptive.selection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;
import nl.kansrijk.adaptive.engine.HshsModel;

/**
 * Chooses the next item for a pupil: draws a target probability for the chosen difficulty, turns
 * it into a target item rating β* = θ − logit(p)/(a·d), takes the few items nearest β* that the
 * pupil did not answer recently and picks one of them, at random or the least used
 * (see {@link SelectionSettings}).
 *
 * <p>Not thread-safe when the injected random generator is not; give each thread its own selector.
 */
public final class ItemSelector {

    private final HshsModel model;
    private final SelectionSettings settings;
    private final RandomGenerator random;

    public ItemSelector(HshsModel model, SelectionSettings settings, RandomGenerator random) {
        this.model = Objects.requireNonNull(model, "model");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** Draws p ~ N(mean, sd) for the difficulty (Klinkenberg et al. 2011), clipped to the settings' range. */
    public double drawTargetProbability(Difficulty difficulty) {
        double drawn = difficulty.meanProbability() + difficulty.standardDeviation() * random.nextGaussian();
        return Math.max(settings.minimumProbability(), Math.min(settings.maximumProbability(), drawn));
    }

    /**
     * Selects the next item.
     *
     * @param pupilRating the pupil's current rating θ in this domain
     * @param bank the domain's items; must not be empty
     * @param recentItemIds the pupil's recent items in this domain, most recent first; they are never
     *     chosen while any other item exists, and when a thin bank holds nothing else the one
     *     answered longest ago is chosen
     */
    public Selection select(double pupilRating, Difficulty difficulty, List<ItemCandidate> bank, List<String> recentItemIds) {
        if (bank.isEmpty()) {
            throw new IllegalArgumentException("cannot select from an empty item bank");
        }
        double targetProbability = drawTargetProbability(difficulty);
        double targetRating = model.ratingForProbability(pupilRating, targetProbability);

        Map<String, Integer> recency = recencyRanks(recentItemIds);
        ItemCandidate chosen = nearestLeastUsed(bank, targetRating, recency);
        if (chosen != null) {
            return new Selection(chosen, targetProbability, targetRating, false);
        }
        return new Selection(longestAgo(bank, recency), targetProbability, targetRating, true);
    }

    private static Map<String, Integer> recencyRanks(List<String> recentItemIds) {
        Map<String, Integer> ranks = new HashMap<>(recentItemIds.size() * 2);
        for (int rank = 0; rank < recentItemIds.size(); rank++) {
            ranks.putIfAbsent(recentItemIds.get(rank), rank);
        }
        return ranks;
    }

    /** One of the k eligible items nearest the target, by the settings' choice; null when no item is eligible. */
    private ItemCandidate nearestLeastUsed(List<ItemCandidate> bank, double targetRating, Map<String, Integer> recency) {
        int capacity = settings.nearestCount();
        ItemCandidate[] nearest = new ItemCandidate[capacity];
        double[] distances = new double[capacity];
        int size = 0;
        for (ItemCandidate candidate : bank) {
            double distance = Math.abs(candidate.rating() - targetRating);
            // the distance test first: most items are too far, and it spares them the hash lookup
            if (size == capacity && distance >= distances[size - 1] || recency.containsKey(candidate.itemId())) {
                continue;
            }
            // insertion into the small sorted array of the nearest items seen so far
            int position = size == capacity ? size - 1 : size++;
            while (position > 0 && distances[position - 1] > distance) {
                nearest[position] = nearest[position - 1];
                distances[position] = distances[position - 1];
                position--;
            }
            nearest[position] = candidate;
            distances[position] = distance;
        }
        if (size == 0) {
            return null;
        }
        if (settings.choice() == SelectionSettings.Choice.RANDOM) {
            return nearest[random.nextInt(size)];
        }
        ItemCandidate best = nearest[0];
        for (int i = 1; i < size; i++) {
            if (nearest[i].useCount() < best.useCount()) {
                best = nearest[i];
            }
        }
        return best;
    }

    private static ItemCandidate longestAgo(List<ItemCandidate> bank, Map<String, Integer> recency) {
        ItemCandidate oldest = bank.get(0);
        for (ItemCandidate candidate : bank) {
            if (recency.getOrDefault(candidate.itemId(), Integer.MAX_VALUE) > recency.getOrDefault(oldest.itemId(), Integer.MAX_VALUE)) {
                oldest = candidate;
            }
        }
        return oldest;
    }
}
