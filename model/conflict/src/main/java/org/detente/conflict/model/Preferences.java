package org.detente.conflict.model;

import java.util.ArrayList;
import java.util.List;

/** A decision maker's preferences over the feasible states. */
public sealed interface Preferences permits Preferences.Prioritised, Preferences.Ranked {

    /**
     * Option prioritisation: statements, most important first. With K statements, statement k
     * (0-based) weighs 2^(K−1−k), and a state's score is the sum of the weights of the statements it
     * satisfies; a higher score is preferred, equal scores are ties.
     *
     * @param statements the statements, at most 62
     */
    record Prioritised(List<Condition> statements) implements Preferences {
        /** @throws IllegalArgumentException if there are more than 62 statements */
        public Prioritised {
            statements = List.copyOf(statements);
            if (statements.size() > 62) {
                throw new IllegalArgumentException("at most 62 prioritised statements are supported, not " + statements.size());
            }
        }
    }

    /**
     * An explicit ranking: groups of state numbers (1-based, in the GMCR+ numbering), best group
     * first; the states of one group are tied. Must be a permutation of the feasible states, checked
     * when the state space is built.
     *
     * @param groups the groups, best first, none empty
     */
    record Ranked(List<List<Integer>> groups) implements Preferences {
        /** @throws IllegalArgumentException if a group is empty */
        public Ranked {
            List<List<Integer>> copy = new ArrayList<>();
            for (List<Integer> g : groups) {
                if (g.isEmpty()) {
                    throw new IllegalArgumentException("a tie group of a ranking must not be empty");
                }
                copy.add(List.copyOf(g));
            }
            groups = List.copyOf(copy);
        }
    }
}
