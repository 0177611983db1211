package org.detente.conflict.stability;

import java.util.Arrays;

/**
 * Exact multi-DM sanctions. For a coalition H and a value per state, computes for every state s the
 * smallest value over R_H(s): the states the members of H can reach from s by legal move sequences
 * (at least one move, each a unilateral move of a member, no member moving twice in a row) —
 * optionally only sequences of unilateral improvements, each improving the mover's own level.
 *
 * <p>Method: the graph whose nodes are (state, last mover) pairs has an edge for each legal next
 * move. The smallest value reachable from each node is found from its strongly connected
 * components ({@link Components}, numbered sinks first, so each component's minimum is its
 * members' values and the minima of the components it points to). Then min over R_H(s) is the minimum over the first moves from s.
 * O(|H| · (states + moves)) time, never enumerating sequences.
 */
final class Sanctions {
    private Sanctions() {
    }

    /** Marks "nothing reachable". */
    static final int NONE = Integer.MAX_VALUE;

    /**
     * @param space     the state space
     * @param coalition the members of H (decision-maker indices, distinct)
     * @param improving only unilateral improvements (each mover's level strictly rises)
     * @param value     a value per state index
     * @return per state index, the minimum of {@code value} over R_H(s), or {@link #NONE} if empty
     */
    static int[] minOverReach(StateSpace space, int[] coalition, boolean improving, int[] value) {
        int m = space.size();
        int h = coalition.length;
        int[] closure = closureMin(space, coalition, improving, value);
        int[] out = new int[m];
        StateSpace.Moves moves = space.moves();
        for (int s = 0; s < m; s++) {
            int best = NONE;
            for (int q = 0; q < h; q++) {
                int dm = coalition[q];
                int[] lv = space.levels(dm);
                for (int t = moves.from(dm, s).next(); t >= 0; t = moves.next()) {
                    if (!improving || lv[t] > lv[s]) {
                        best = Math.min(best, closure[t * h + q]);
                    }
                }
            }
            out[s] = best;
        }
        return out;
    }

    /** Per node (state · h + position of the last mover), the minimum value over every node it reaches. */
    private static int[] closureMin(StateSpace space, int[] coalition, boolean improving, int[] value) {
        int m = space.size();
        int h = coalition.length;
        int nodes = m * h;
        int[] result = new int[nodes];
        if (h == 1) {
            for (int s = 0; s < m; s++) {
                result[s] = value[s];
            }
            return result;
        }
        int[][] lv = new int[h][];
        for (int q = 0; q < h; q++) {
            lv[q] = space.levels(coalition[q]);
        }
        Components.Graph graph = new Components.Graph() {
            @Override
            public int nodes() {
                return nodes;
            }

            @Override
            public int successor(int v, int k) {
                int t = v / h;
                int p = v % h;
                for (int q = 0; q < h; q++) {
                    if (q == p) {
                        continue;
                    }
                    int c = space.candidates(coalition[q], t);
                    if (k < c) {
                        int u = space.candidate(coalition[q], t, k);
                        return u < 0 || improving && lv[q][u] <= lv[q][t] ? Components.SKIP : u * h + q;
                    }
                    k -= c;
                }
                return Components.END;
            }
        };
        int[] comp = Components.of(graph);
        Components.Groups groups = Components.Groups.of(comp);
        // components sinks first: each one's minimum is its members' values and the minima of the
        // components its edges lead to, all numbered lower and so already final
        int[] cmin = new int[groups.count()];
        Arrays.fill(cmin, Integer.MAX_VALUE);
        for (int c = 0; c < groups.count(); c++) {
            for (int i = groups.start()[c]; i < groups.start()[c + 1]; i++) {
                int v = groups.nodes()[i];
                cmin[c] = Math.min(cmin[c], value[v / h]);
                for (int k = 0, w; (w = graph.successor(v, k)) != Components.END; k++) {
                    if (w != Components.SKIP && comp[w] != c) {
                        cmin[c] = Math.min(cmin[c], cmin[comp[w]]);
                    }
                }
            }
        }
        for (int v = 0; v < nodes; v++) {
            result[v] = cmin[comp[v]];
        }
        return result;
    }
}
