package org.detente.model;

/**
 * A party's utility over the outcomes of one domain.
 */
public sealed interface UtilityFunction permits LinearAdditiveUtility, HyperRectangleUtility {

    /** The domain this function scores. */
    Domain domain();

    /**
     * Utility of the outcome with the given value indices (one per issue, in domain order).
     * Allocates nothing.
     */
    double utility(int[] values);

    /** Utility of an outcome. */
    default double utility(Outcome outcome) {
        return utility(outcome.toArray());
    }
}
