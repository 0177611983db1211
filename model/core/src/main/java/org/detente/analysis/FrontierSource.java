package org.detente.analysis;

import java.math.BigInteger;

/**
 * How an analysis found its Pareto frontier: the method {@link AnalysisOptions.FrontierMethod} asked
 * for, resolved ({@code AUTO} becomes one of the three methods), or nothing to search when red lines
 * leave no outcome.
 */
public enum FrontierSource {
    /** Red lines exclude every outcome: the frontier is empty, nothing was searched. */
    EMPTY,
    /** Per-issue frontiers merged (linear additive preferences); nothing enumerated. */
    ADDITIVE_MERGE,
    /** Every outcome of the agreement space evaluated, then sorted and swept. */
    ENUMERATION,
    /** Exact branch and bound over the issues; nothing enumerated. */
    BRANCH_AND_BOUND;

    /**
     * The method in words, as the reports print it (for example "enumerated (1200 outcomes)").
     *
     * @param agreementOutcomes the outcomes of the agreement space (those no red line refuses)
     */
    public String describe(BigInteger agreementOutcomes) {
        if (this == EMPTY) {
            return "empty (red lines exclude every outcome)";
        } else if (this == ADDITIVE_MERGE) {
            return "additive merge (exact, no enumeration)";
        } else if (this == ENUMERATION) {
            return "enumerated (" + agreementOutcomes + " outcomes)";
        } else if (this == BRANCH_AND_BOUND) {
            return "branch and bound (exact, no enumeration)";
        }
        throw new AssertionError(this);
    }
}
