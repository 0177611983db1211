package org.detente.conflict.stability;

import java.util.ArrayList;
import java.util.List;

/**
 * Coalition analysis. A coalition H (two or more decision makers) has a <em>coalition
 * improvement</em> from s to t if t ∈ R_H(s) — reachable by legal move sequences of its members, no
 * member moving twice in a row — and every member strictly prefers t to s. A state is a coalition
 * Nash equilibrium if it is a Nash equilibrium and no coalition has an improvement from it.
 *
 * <p>Cost: one breadth-first search per (coalition, state), stopped at the first improvement; a full
 * search only from states that no member set can improve — O(2^n · m · (states + moves)) at worst.
 */
public final class Coalitions {
    private Coalitions() {
    }

    /**
     * Finds, for every coalition, the states from which it has an improvement.
     *
     * @param space     the state space
     * @param stability the stability analysis of the same space (for the Nash equilibria)
     * @return the coalition analysis
     * @throws IllegalArgumentException if the stability analysis is of another space
     */
    public static CoalitionResult analyze(StateSpace space, StabilityResult stability) {
        if (stability.space() != space) {
            throw new IllegalArgumentException("the stability analysis is of another state space");
        }
        int n = space.decisionMakers();
        int m = space.size();
        List<CoalitionResult.Coalition> coalitions = new ArrayList<>();
        boolean[] improvable = new boolean[m];
        for (int mask = 1; mask < (1 << n); mask++) {
            if (Integer.bitCount(mask) < 2) {
                continue;
            }
            int[] members = members(mask, n);
            Reach reach = new Reach(space, members);
            List<Integer> from = new ArrayList<>();
            for (int s = 0; s < m; s++) {
                final int s0 = s;
                if (reach.search(s, t -> improvesAll(space, members, s0, t), null) >= 0) {
                    from.add(s + 1);
                    improvable[s] = true;
                }
            }
            List<Integer> ids = new ArrayList<>();
            for (int d : members) {
                ids.add(d);
            }
            coalitions.add(new CoalitionResult.Coalition(ids, from));
        }
        List<Integer> cnash = new ArrayList<>();
        for (int id : stability.equilibria(Concept.NASH)) {
            if (!improvable[id - 1]) {
                cnash.add(id);
            }
        }
        return new CoalitionResult(coalitions, cnash);
    }

    /**
     * The coalition improvements of {@code members} from a state.
     *
     * @param space   the state space
     * @param members decision-maker indices, distinct, at least one
     * @param id      the state number
     * @return the improved states' numbers, ascending
     */
    public static List<Integer> improvements(StateSpace space, List<Integer> members, int id) {
        int[] ms = members.stream().mapToInt(Integer::intValue).toArray();
        List<Integer> out = new ArrayList<>();
        new Reach(space, ms).search(id - 1, null, t -> {
            if (improvesAll(space, ms, id - 1, t)) {
                out.add(t + 1);
            }
        });
        out.sort(null);
        return List.copyOf(out);
    }

    static boolean improvesAll(StateSpace space, int[] members, int from, int to) {
        for (int d : members) {
            if (space.level(d, to) <= space.level(d, from)) {
                return false;
            }
        }
        return true;
    }

    static int[] members(int mask, int n) {
        int[] out = new int[Integer.bitCount(mask)];
        for (int d = 0, k = 0; d < n; d++) {
            if ((mask >>> d & 1) == 1) {
                out[k++] = d;
            }
        }
        return out;
    }
}
