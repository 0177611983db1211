package org.detente.conflict.stability;

import java.util.List;

/**
 * The coalition analysis: for each coalition of two or more decision makers, the states from which
 * it has a coalition improvement; and the coalition Nash equilibria.
 *
 * @param coalitions   every coalition of two or more decision makers, by ascending member mask
 * @param coalitionNash the Nash equilibria from which no coalition has an improvement, ascending
 */
public record CoalitionResult(List<Coalition> coalitions, List<Integer> coalitionNash) {
    /** Copies the lists. */
    public CoalitionResult {
        coalitions = List.copyOf(coalitions);
        coalitionNash = List.copyOf(coalitionNash);
    }

    /**
     * One coalition.
     *
     * @param members     decision-maker indices, ascending
     * @param improvable  the states (numbers) from which it has a coalition improvement, ascending
     */
    public record Coalition(List<Integer> members, List<Integer> improvable) {
        /** Copies the lists. */
        public Coalition {
            members = List.copyOf(members);
            improvable = List.copyOf(improvable);
        }
    }
}
