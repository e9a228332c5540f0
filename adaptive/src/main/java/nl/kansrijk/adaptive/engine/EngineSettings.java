package nl.kansrijk.adaptive.engine;

import java.time.Duration;
import java.util.Objects;

/**
 * The engine's constants. K_p = K(1 + K⁺U_p − K⁻U_i), K_i = K(1 + K⁺U_i − K⁻U_p) and
 * U ← clamp(U − 1/40 + D/30, 0, 1) (Klinkenberg et al. 2011).
 */
public record EngineSettings(
        Duration timeLimit,
        double k,
        double kPlus,
        double kMinus,
        double uncertaintyDropPerAnswer,
        double uncertaintyRisePerDay,
        ItemUpdateMode itemUpdateMode) {

    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(20);

    public EngineSettings {
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(itemUpdateMode, "itemUpdateMode");
        if (!(k > 0)) {
            throw new IllegalArgumentException("K must be positive: " + k);
        }
        if (kPlus < 0 || kMinus < 0 || kMinus >= 1) {
            // K⁻ ≥ 1 could make K negative for a certain pupil meeting an uncertain item
            throw new IllegalArgumentException("need K⁺ ≥ 0 and 0 ≤ K⁻ < 1: " + kPlus + ", " + kMinus);
        }
        if (uncertaintyDropPerAnswer < 0 || uncertaintyRisePerDay < 0) {
            throw new IllegalArgumentException("uncertainty steps cannot be negative");
        }
    }

    /**
     * Kansrijk's defaults on our scale (a·d = 1, 20 s limit), chosen by the simulation recorded in
     * docs/BENCHMARKS.md: K = 0.1 with Math Garden's K⁺ = 4, K⁻ = 0.5 and U steps, and zero-sum
     * paired item updates. Meant for two-chain ratings ({@link TwoChainRating}).
     */
    public static EngineSettings defaults() {
        return new EngineSettings(DEFAULT_TIME_LIMIT, 0.1, 4.0, 0.5, 1.0 / 40, 1.0 / 30, ItemUpdateMode.ZERO_SUM_PAIRED);
    }

    /** The constants as published for Math Garden (Klinkenberg et al. 2011), with independent item updates. */
    public static EngineSettings mathGarden2011() {
        return new EngineSettings(DEFAULT_TIME_LIMIT, 0.0075, 4.0, 0.5, 1.0 / 40, 1.0 / 30, ItemUpdateMode.INDEPENDENT);
    }

    public EngineSettings withK(double newK, double newKPlus) {
        return new EngineSettings(timeLimit, newK, newKPlus, kMinus, uncertaintyDropPerAnswer, uncertaintyRisePerDay, itemUpdateMode);
    }

    public EngineSettings withItemUpdateMode(ItemUpdateMode mode) {
        return new EngineSettings(timeLimit, k, kPlus, kMinus, uncertaintyDropPerAnswer, uncertaintyRisePerDay, mode);
    }
}
