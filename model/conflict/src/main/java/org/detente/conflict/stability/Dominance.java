package org.detente.conflict.stability;

import java.util.Arrays;

/**
 * Strict dominance queries: for each query state, whether some state of a point set is strictly
 * better for every member of a coalition. Two or three members: O((p + q) log(p + q)) by a sort on
 * the first member's level and a Fenwick tree of maxima; more members: a direct scan.
 */
final class Dominance {
    private Dominance() {
    }

    /**
     * @param space   the state space
     * @param members the coalition, two or more decision makers
     * @param points  state indices that may dominate
     * @param np      how many of {@code points} to use
     * @param queries state indices to test
     * @param nq      how many of {@code queries} to use
     * @param out     receives, per query position, whether it is dominated
     */
    static void dominated(StateSpace space, int[] members, int[] points, int np, int[] queries, int nq, boolean[] out) {
        if (members.length > 3) {
            for (int k = 0; k < nq; k++) {
                boolean d = false;
                for (int p = 0; p < np && !d; p++) {
                    d = Coalitions.improvesAll(space, members, queries[k], points[p]);
                }
                out[k] = d;
            }
            return;
        }
        int[] a = space.levels(members[0]);
        int[] b = space.levels(members[1]);
        int[] c = members.length == 3 ? space.levels(members[2]) : null;
        int bMax = 0;
        for (int p = 0; p < np; p++) {
            bMax = Math.max(bMax, b[points[p]]);
        }
        for (int k = 0; k < nq; k++) {
            bMax = Math.max(bMax, b[queries[k]]);
        }
        // entries: points as (index << 1), queries as (position << 1 | 1), sorted by a descending
        long[] keys = new long[np + nq];
        for (int p = 0; p < np; p++) {
            keys[p] = ((long) (Integer.MAX_VALUE - a[points[p]]) << 32) | ((long) p << 1);
        }
        for (int k = 0; k < nq; k++) {
            keys[np + k] = ((long) (Integer.MAX_VALUE - a[queries[k]]) << 32) | ((long) k << 1 | 1);
        }
        Arrays.sort(keys);
        int[] tree = new int[bMax + 2];
        Arrays.fill(tree, -1);
        int i = 0;
        int total = np + nq;
        while (i < total) {
            int j = i;
            long group = keys[i] >>> 32;
            while (j < total && keys[j] >>> 32 == group) {
                j++;
            }
            for (int e = i; e < j; e++) {
                int low = (int) keys[e];
                if ((low & 1) == 1) {
                    int s = queries[low >>> 1];
                    int best = -1;
                    for (int p = bMax - b[s]; p > 0; p -= p & -p) {
                        best = Math.max(best, tree[p]);
                    }
                    out[low >>> 1] = c == null ? best >= 0 : best > c[s];
                }
            }
            for (int e = i; e < j; e++) {
                int low = (int) keys[e];
                if ((low & 1) == 0) {
                    int s = points[low >>> 1];
                    int v = c == null ? 0 : c[s];
                    for (int p = bMax - b[s] + 1; p < tree.length; p += p & -p) {
                        tree[p] = Math.max(tree[p], v);
                    }
                }
            }
            i = j;
        }
    }
}
