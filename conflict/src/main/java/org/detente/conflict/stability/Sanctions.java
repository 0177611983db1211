package org.detente.conflict.stability;

import java.util.Arrays;

/**
 * Exact multi-DM sanctions. For a coalition H and a value per state, computes for every state s the
 * smallest value over R_H(s): the states the members of H can reach from s by legal move sequences
 * (at least one move, each a unilateral move of a member, no member moving twice in a row) —
 * optionally only sequences of unilateral improvements, each improving the mover's own level.
 *
 * <p>Method: the graph whose nodes are (state, last mover) pairs has an edge for each legal next
 * move. The smallest value reachable from each node is found with one iterative Tarjan pass (SCCs
 * are completed sinks first, so each component's minimum is its members' values and the minima of
 * the components it points to). Then min over R_H(s) is the minimum over the first moves from s.
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
        for (int s = 0; s < m; s++) {
            int best = NONE;
            for (int q = 0; q < h; q++) {
                int dm = coalition[q];
                int[] to = space.moveTargets(dm);
                int[] lv = space.levels(dm);
                int end = space.moveStart(dm, s + 1);
                for (int e = space.moveStart(dm, s); e < end; e++) {
                    int t = to[e];
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
        int[][] to = new int[h][];
        int[][] lv = new int[h][];
        int[][] start = new int[h][];
        for (int q = 0; q < h; q++) {
            to[q] = space.moveTargets(coalition[q]);
            lv[q] = space.levels(coalition[q]);
            start[q] = new int[m + 1];
            for (int s = 0; s <= m; s++) {
                start[q][s] = space.moveStart(coalition[q], s);
            }
        }
        int[] index = new int[nodes];
        Arrays.fill(index, -1);
        int[] low = new int[nodes];
        int[] cmin = new int[nodes];
        boolean[] onStack = new boolean[nodes];
        int[] stack = new int[nodes];
        int sp = 0;
        int[] fNode = new int[nodes];
        int[] fQ = new int[nodes];
        int[] fE = new int[nodes];
        int fp = 0;
        int counter = 0;
        for (int root = 0; root < nodes; root++) {
            if (index[root] >= 0) {
                continue;
            }
            // visit root
            index[root] = low[root] = counter++;
            stack[sp++] = root;
            onStack[root] = true;
            cmin[root] = value[root / h];
            fNode[fp] = root;
            fQ[fp] = 0;
            fE[fp] = -1;
            fp++;
            while (fp > 0) {
                int f = fp - 1;
                int v = fNode[f];
                int t = v / h;
                int p = v % h;
                int w = -1;
                // find the next successor of v
                while (fQ[f] < h) {
                    int q = fQ[f];
                    if (q == p) {
                        fQ[f]++;
                        fE[f] = -1;
                        continue;
                    }
                    if (fE[f] < 0) {
                        fE[f] = start[q][t];
                    }
                    if (fE[f] >= start[q][t + 1]) {
                        fQ[f]++;
                        fE[f] = -1;
                        continue;
                    }
                    int u = to[q][fE[f]++];
                    if (improving && lv[q][u] <= lv[q][t]) {
                        continue;
                    }
                    w = u * h + q;
                    break;
                }
                if (w >= 0) {
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack[sp++] = w;
                        onStack[w] = true;
                        cmin[w] = value[w / h];
                        fNode[fp] = w;
                        fQ[fp] = 0;
                        fE[fp] = -1;
                        fp++;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    } else {
                        cmin[v] = Math.min(cmin[v], result[w]);
                    }
                    continue;
                }
                // v is done
                if (low[v] == index[v]) {
                    int min = Integer.MAX_VALUE;
                    int k = sp;
                    do {
                        k--;
                        min = Math.min(min, cmin[stack[k]]);
                    } while (stack[k] != v);
                    for (int j = k; j < sp; j++) {
                        result[stack[j]] = min;
                        onStack[stack[j]] = false;
                    }
                    sp = k;
                }
                fp--;
                if (fp > 0) {
                    int parent = fNode[fp - 1];
                    if (onStack[v]) {
                        low[parent] = Math.min(low[parent], low[v]);
                        cmin[parent] = Math.min(cmin[parent], cmin[v]);
                    } else {
                        cmin[parent] = Math.min(cmin[parent], result[v]);
                    }
                }
            }
        }
        return result;
    }
}
