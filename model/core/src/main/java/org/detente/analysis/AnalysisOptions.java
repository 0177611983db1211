package org.detente.analysis;

/**
 * How to run an analysis.
 *
 * @param maxOutcomes largest number of outcomes the analysis may enumerate (memory: 8 bytes per
 *                    outcome per party); beyond it, an analysis that needs enumeration refuses with
 *                    an {@link AnalysisLimitException} instead of truncating
 * @param method      how to find the frontier
 * @param maxSearchNodes largest number of nodes the exact branch-and-bound search may visit (for
 *                    preferences that are not linear additive, on spaces beyond {@code maxOutcomes});
 *                    beyond it the analysis refuses with an {@link AnalysisLimitException}
 */
public record AnalysisOptions(long maxOutcomes, FrontierMethod method, long maxSearchNodes) {

    /** Default search budget: 20 million nodes (about 15 s on one core). */
    public static final long DEFAULT_MAX_SEARCH_NODES = 20_000_000L;

    /** Default enumeration limit: 50 million outcomes (0.8 GB for two parties). */
    public static final long DEFAULT_MAX_OUTCOMES = 50_000_000L;

    /** The largest enumeration limit: the length of the largest Java array. */
    public static final long LARGEST_MAX_OUTCOMES = Integer.MAX_VALUE - 8;

    /** @throws IllegalArgumentException if the limit is not positive or beyond one array */
    public AnalysisOptions {
        if (maxOutcomes < 1 || maxOutcomes > LARGEST_MAX_OUTCOMES) {
            throw new IllegalArgumentException("maxOutcomes must be in [1, " + LARGEST_MAX_OUTCOMES + "], was "
                    + maxOutcomes);
        }
        java.util.Objects.requireNonNull(method, "method");
        if (maxSearchNodes < 1) {
            throw new IllegalArgumentException("maxSearchNodes must be positive, was " + maxSearchNodes);
        }
    }

    /** The given limit and method, with the default search budget. */
    public AnalysisOptions(long maxOutcomes, FrontierMethod method) {
        this(maxOutcomes, method, DEFAULT_MAX_SEARCH_NODES);
    }

    /** The defaults: automatic method, 50 million outcomes, 20 million search nodes. */
    public static AnalysisOptions defaults() {
        return new AnalysisOptions(DEFAULT_MAX_OUTCOMES, FrontierMethod.AUTO, DEFAULT_MAX_SEARCH_NODES);
    }

    /** How the frontier is found. */
    public enum FrontierMethod {
        /**
         * Additive merge when every party is linear additive; otherwise enumeration within the limit,
         * and branch and bound beyond it.
         */
        AUTO,
        /** Evaluate every outcome, then sort and sweep. */
        ENUMERATE,
        /** Merge per-issue frontiers (linear additive preferences only); never enumerates. */
        ADDITIVE,
        /** Exact branch and bound (linear additive and hyper-rectangle preferences); never enumerates. */
        SEARCH
    }
}
