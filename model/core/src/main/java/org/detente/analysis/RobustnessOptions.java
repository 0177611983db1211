package org.detente.analysis;

/**
 * How to run the Monte Carlo of {@link Robustness}.
 *
 * @param samples      number of sampled counterparts, in [1, 10^8]
 * @param seed         the seed; sample i draws from a stream derived from (seed, i) alone, so the
 *                     numbers do not depend on {@code threads}
 * @param openingFloor smallest probability of a deal an opening may have, in [0, 1]
 * @param threads      worker threads, ≥ 1
 */
public record RobustnessOptions(int samples, long seed, double openingFloor, int threads) {

    /**
     * The most candidate × sample evaluations a Monte Carlo pass may take (the analysis makes
     * several passes): beyond it the analysis is
     * refused before it starts, not left running for minutes without a word (figures in docs/benchmarks.md).
     */
    public static final long MAX_EVALUATIONS = 500_000_000L;

    /** Default number of samples. */
    public static final int DEFAULT_SAMPLES = 10_000;
    /** Default seed. */
    public static final long DEFAULT_SEED = 1;
    /** Default opening floor: an opening the counterpart would accept at least one time in ten. */
    public static final double DEFAULT_OPENING_FLOOR = 0.1;

    /** @throws IllegalArgumentException if a number is out of range */
    public RobustnessOptions {
        if (samples < 1 || samples > 100_000_000) {
            throw new IllegalArgumentException("samples must be in [1, 100000000], was " + samples);
        }
        if (!(openingFloor >= 0 && openingFloor <= 1)) {
            throw new IllegalArgumentException("the opening floor must be in [0, 1], was " + openingFloor);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
    }

    /** The given samples and seed, the default floor, one thread per processor. */
    public static RobustnessOptions of(int samples, long seed) {
        return new RobustnessOptions(samples, seed, DEFAULT_OPENING_FLOOR, Runtime.getRuntime().availableProcessors());
    }

    /** The defaults. */
    public static RobustnessOptions defaults() {
        return of(DEFAULT_SAMPLES, DEFAULT_SEED);
    }

    /** These options with another number of threads. */
    public RobustnessOptions withThreads(int n) {
        return new RobustnessOptions(samples, seed, openingFloor, n);
    }
}
