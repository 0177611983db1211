package org.detente.conflict.statusquo;

import java.util.List;

/**
 * One move of a path: a decision maker's unilateral improvement, or a coalition's improvement.
 *
 * @param movers the decision makers (indices) who move: one for a unilateral improvement
 * @param from   the state number before
 * @param to     the state number after
 */
public record Step(List<Integer> movers, int from, int to) {
    /** @throws IllegalArgumentException if there is no mover or the states are equal */
    public Step {
        movers = List.copyOf(movers);
        if (movers.isEmpty()) {
            throw new IllegalArgumentException("a step needs at least one mover");
        }
        if (from == to) {
            throw new IllegalArgumentException("a step must change the state");
        }
    }
}
