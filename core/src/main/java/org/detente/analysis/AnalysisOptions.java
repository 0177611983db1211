package org.detente.analysis;

/**
 * How to run an analysis.
 *
 * @param maxOutcomes largest number of outcomes the analysis may enumerate (memory: 8 bytes per
 *                    outcome per party); beyond it, an analysis that needs enumeration refuses with
 *                    an {@link AnalysisLimitException} instead of truncating
 * @param method      how to find the frontier
 */
public record AnalysisOptions(long maxOutcomes, FrontierMethod method) {

    /** Default enumeration limit: 50 million outcomes (0.8 GB for two parties). */
    public static final long DEFAULT_MAX_OUTCOMES = 50_000_000L;

    /** @throws IllegalArgumentException if the limit is not positive or beyond one array */
    public AnalysisOptions {
        if (maxOutcomes < 1 || maxOutcomes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxOutcomes must be in [1, " + (Integer.MAX_VALUE - 8) + "], was "
                    + maxOutcomes);
        }
        java.util.Objects.requireNonNull(method, "method");
    }

    /** The defaults: automatic method, 50 million outcomes. */
    public static AnalysisOptions defaults() {
        return new AnalysisOptions(DEFAULT_MAX_OUTCOMES, FrontierMethod.AUTO);
    }

    /** How the frontier is found. */
    public enum FrontierMethod {
        /** Additive merge when every party is linear additive, enumeration otherwise. */
        AUTO,
        /** Evaluate every outcome, then sort and sweep. */
        ENUMERATE,
        /** Merge per-issue frontiers (linear additive preferences only); never enumerates. */
        ADDITIVE
    }
}
