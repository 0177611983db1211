package org.detente.analysis;

import java.util.Arrays;

/**
 * Pure Pareto-frontier kernels over primitive arrays. A point is a column {@code u[p][i]} of
 * utilities, one row per party. "Dominates" is exact double comparison: at least as good for every
 * party and strictly better for one. Each kernel keeps one index per distinct utility vector.
 */
public final class ParetoKernels {
    /** Most buckets of the two-party filter: 256 KiB of doubles, small enough for any L2 cache. */
    private static final int MAX_BUCKETS = 1 << 15;

    private ParetoKernels() {
    }

    /**
     * Indices of the non-dominated points among the first {@code n} points of a two-party set,
     * sorted by u1 descending (so u2 ascending). O(n) passes plus a sort of the points that survive
     * a bucket filter; O(n log n) in the worst case, whatever the shape of the set.
     *
     * @param u1 first party's utilities
     * @param u2 second party's utilities
     * @param n  number of points to consider
     * @return frontier indices, one per distinct vector
     */
    public static int[] frontier2(double[] u1, double[] u2, int n) {
        if (n == 0) {
            return new int[0];
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double x = u1[i];
            if (x < lo) {
                lo = x;
            }
            if (x > hi) {
                hi = x;
            }
        }
        // Buckets on u1: a point whose u2 is not above the best u2 of every higher bucket is dominated
        // (a higher bucket means a strictly larger u1), so only the survivors need sorting. The two
        // passes below hit the table at random, so it is capped to stay in a core's L2 cache
        // (2^15 doubles = 256 KiB): a table of millions of buckets makes every point a cache miss
        // (4x slower at 10^7 points) for hardly fewer survivors.
        int buckets = (int) Math.max(1, Math.min(n / 4L, MAX_BUCKETS));
        double scale = hi > lo ? (buckets - 1) / (hi - lo) : 0;
        double[] maxU2 = new double[buckets];
        Arrays.fill(maxU2, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            int b = (int) ((u1[i] - lo) * scale);
            if (u2[i] > maxU2[b]) {
                maxU2[b] = u2[i];
            }
        }
        double[] above = maxU2; // reuse: above[b] = best u2 in buckets > b
        double running = Double.NEGATIVE_INFINITY;
        for (int b = buckets - 1; b >= 0; b--) {
            double here = maxU2[b];
            above[b] = running;
            if (here > running) {
                running = here;
            }
        }
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (u2[i] > above[(int) ((u1[i] - lo) * scale)]) {
                count++;
            }
        }
        double[] c1 = new double[count];
        double[] c2 = new double[count];
        int[] ci = new int[count];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (u2[i] > above[(int) ((u1[i] - lo) * scale)]) {
                c1[k] = u1[i];
                c2[k] = u2[i];
                ci[k++] = i;
            }
        }
        PairSort.sortDescending(c1, c2, ci);
        return sweep(c1, c2, ci);
    }

    /** Sweep over points sorted by (u1 desc, u2 desc): keep each point whose u2 beats all before it. */
    private static int[] sweep(double[] c1, double[] c2, int[] ci) {
        int[] out = new int[ci.length];
        int m = 0;
        double best = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < ci.length; j++) {
            if (c2[j] > best) {
                best = c2[j];
                out[m++] = ci[j];
            }
        }
        return Arrays.copyOf(out, m);
    }

    /**
     * Indices of the non-dominated points among the first {@code n} points for any number of
     * parties. Sorts by the first two parties' utilities, then checks each point against the
     * frontier found so far: O(n log n + n·|F|·p).
     *
     * @param u utilities, {@code u[p][i]}
     * @param n number of points
     * @return frontier indices, one per distinct vector
     */
    public static int[] frontierN(double[][] u, int n) {
        if (u.length == 2) {
            return frontier2(u[0], u[1], n);
        }
        int p = u.length;
        double[] k1 = Arrays.copyOf(u[0], n);
        double[] k2 = Arrays.copyOf(u[1], n);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        PairSort.sortDescending(k1, k2, order);
        // a dominating point sorts no later than the point it dominates, except on ties of the two
        // sort keys; those are settled by dropping front points that a newcomer dominates
        int[] front = new int[Math.max(1, Math.min(n, 1024))];
        int m = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            boolean dominated = false;
            for (int f = 0; f < m && !dominated; f++) {
                dominated = weaklyDominates(u, front[f], i, p);
            }
            if (dominated) {
                continue;
            }
            int kept = 0;
            for (int f = 0; f < m; f++) {
                if (!weaklyDominates(u, i, front[f], p)) {
                    front[kept++] = front[f];
                }
            }
            m = kept;
            if (m == front.length) {
                front = Arrays.copyOf(front, m * 2);
            }
            front[m++] = i;
        }
        return Arrays.copyOf(front, m);
    }

    /** Whether point a is at least as good as point b for every party. */
    private static boolean weaklyDominates(double[][] u, int a, int b, int p) {
        for (int r = 0; r < p; r++) {
            if (u[r][a] < u[r][b]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether vector {@code a} dominates {@code b}: at least as good everywhere, strictly better
     * somewhere.
     */
    public static boolean dominates(double[] a, double[] b) {
        boolean strict = false;
        for (int r = 0; r < a.length; r++) {
            if (a[r] < b[r]) {
                return false;
            }
            if (a[r] > b[r]) {
                strict = true;
            }
        }
        return strict;
    }
}
