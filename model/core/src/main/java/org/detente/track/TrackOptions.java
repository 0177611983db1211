package org.detente.track;

/**
 * How {@link Tracker} learns.
 *
 * @param hypotheses  counterparts drawn from the prior and weighed by their offers, at least 1
 * @param seed        the seed of the draw and of the moves
 * @param rationality β of the model of how people offer: an offer is preferred to ours by its
 *                    maker with probability σ(β · difference in its utility), so β = 0 says that
 *                    comparison reveals nothing (the other terms of the model remain: see
 *                    docs/record.md); finite, ≥ 0
 */
public record TrackOptions(int hypotheses, long seed, double rationality) {
    /** β used unless told otherwise; see {@code docs/track-benchmark.md} for how it was chosen. */
    public static final double RATIONALITY = 8;

    /** @throws IllegalArgumentException if a number is out of range */
    public TrackOptions {
        if (hypotheses < 1) {
            throw new IllegalArgumentException("need at least one hypothesis, was " + hypotheses);
        }
        if (!(rationality >= 0) || Double.isInfinite(rationality)) {
            throw new IllegalArgumentException("rationality must be finite and ≥ 0, was " + rationality);
        }
    }

    /** Hypotheses used unless told otherwise. */
    public static final int HYPOTHESES = 1000;

    /** {@value #HYPOTHESES} hypotheses, the default rationality, this seed. */
    public static TrackOptions of(long seed) {
        return new TrackOptions(HYPOTHESES, seed, RATIONALITY);
    }
}
