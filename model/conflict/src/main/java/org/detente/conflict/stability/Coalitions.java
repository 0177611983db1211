package org.detente.conflict.stability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Coalition analysis. A coalition H (two or more decision makers) has a <em>coalition
 * improvement</em> from s to t if t ∈ R_H(s) — reachable by legal move sequences of its members, no
 * member moving twice in a row — and every member strictly prefers t to s. A state is a coalition
 * Nash equilibrium if it is a Nash equilibrium and no coalition has an improvement from it.
 *
 * <p>Method: consecutive moves of one member merge into one move (or cancel), so R_H(s) \ {s} is
 * plain reachability in the union of the members' move graphs, and s is never an improvement on
 * itself. The strongly connected components of that graph share their reachable set; for each
 * component, its states are tested at once against the states it reaches by a dominance query
 * (see {@link Dominance}). O(Σ_C |reach(C)| · log m) — one pass when the moves are reversible.
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
            boolean[] mine = improvable(space, members);
            List<Integer> from = new ArrayList<>();
            for (int s = 0; s < m; s++) {
                if (mine[s]) {
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

    /** Per state, whether the coalition has an improvement from it. */
    static boolean[] improvable(StateSpace space, int[] members) {
        int m = space.size();
        int[] comp = Components.of(space, members);
        Components.Groups groups = Components.Groups.of(comp);
        int comps = groups.count();
        int[] start = groups.start();
        int[] byComp = groups.nodes();
        boolean[] out = new boolean[m];
        StateSpace.Moves moves = space.moves();
        int[] seenComp = new int[comps];
        int stamp = 0;
        int[] stack = new int[comps];
        int[] points = new int[m];
        int[] queries = new int[m];
        boolean[] result = new boolean[m];
        for (int c = 0; c < comps; c++) {
            stamp++;
            int np = 0;
            int sp = 0;
            stack[sp++] = c;
            seenComp[c] = stamp;
            while (sp > 0) {
                int k = stack[--sp];
                for (int e = start[k]; e < start[k + 1]; e++) {
                    int s = byComp[e];
                    points[np++] = s;
                    for (int d : members) {
                        for (int u = moves.from(d, s).next(); u >= 0; u = moves.next()) {
                            int t = comp[u];
                            if (seenComp[t] != stamp) {
                                seenComp[t] = stamp;
                                stack[sp++] = t;
                            }
                        }
                    }
                }
            }
            int nq = start[c + 1] - start[c];
            System.arraycopy(byComp, start[c], queries, 0, nq);
            Dominance.dominated(space, members, points, np, queries, nq, result);
            for (int k = 0; k < nq; k++) {
                out[queries[k]] = result[k];
            }
        }
        return out;
    }

    /**
     * The coalition improvements of {@code members} from a state.
     *
     * @param space   the state space
     * @param members decision-maker indices, distinct, at least one
     * @param id      the state number
     * @return the improved states' numbers, ascending
     */
    static List<Integer> improvements(StateSpace space, List<Integer> members, int id) {
        return improver(space, members).apply(id);
    }

    /**
     * A function from a state number to the coalition improvements of {@code members} from it (states
     * by number, ascending), reusing its search space between calls; for one thread.
     *
     * @param space   the state space
     * @param members decision-maker indices, distinct, at least one
     * @return the function
     * @throws IllegalArgumentException if a member does not exist or is repeated
     */
    public static IntFunction<List<Integer>> improver(StateSpace space, List<Integer> members) {
        int[] ms = members.stream().mapToInt(Integer::intValue).toArray();
        if (ms.length == 0 || Arrays.stream(ms).distinct().count() != ms.length
                || Arrays.stream(ms).anyMatch(d -> d < 0 || d >= space.decisionMakers())) {
            throw new IllegalArgumentException("not a coalition of this conflict: " + members);
        }
        Reach reach = new Reach(space, ms);
        return id -> {
            List<Integer> out = new ArrayList<>();
            reach.search(id - 1, null, t -> {
                if (improvesAll(space, ms, id - 1, t)) {
                    out.add(t + 1);
                }
            });
            out.sort(null);
            return List.copyOf(out);
        };
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
