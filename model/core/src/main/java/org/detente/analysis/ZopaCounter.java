package org.detente.analysis;

import java.util.Arrays;

import org.detente.model.Odometer;

/**
 * Counts the two-party ZOPA of linear additive preferences without enumerating the space: meet in
 * the middle. The issues are split into two groups whose sub-spaces are small enough to list; an
 * outcome is a pair (left part, right part) whose utilities add. Counting the pairs with
 * {@code aL + aR ≥ r1} and {@code bL + bR ≥ r2} is a two-dimensional dominance count: left parts in
 * order of rising aL, right parts inserted in order of falling aR into a Fenwick tree over the
 * ranks of bR. O(N log N) for N listed parts — for 10 issues × 10 values, 2·10^5 parts instead of
 * 10^10 outcomes.
 */
final class ZopaCounter {
    /** Largest half listed. */
    static final long MAX_HALF = 1L << 22;

    private ZopaCounter() {
    }

    /**
     * The number of outcomes with {@code u1 ≥ t1} and {@code u2 ≥ t2}, or -1 when no split keeps both
     * halves within {@link #MAX_HALF}.
     *
     * @param c1 first party's contributions, {@code c1[issue][value]}
     * @param c2 second party's contributions
     */
    static long count(double[][] c1, double[][] c2, double t1, double t2) {
        int m = c1.length;
        int split = -1;
        long best = Long.MAX_VALUE;
        for (int k = 0; k <= m; k++) {
            long left = product(c1, 0, k);
            long right = product(c1, k, m);
            long worst = Math.max(left, right);
            if (left > 0 && right > 0 && worst < best) {
                best = worst;
                split = k;
            }
        }
        if (split < 0 || best > MAX_HALF) {
            return -1;
        }
        int nl = (int) product(c1, 0, split);
        int nr = (int) product(c1, split, m);
        double[] al = new double[nl];
        double[] bl = new double[nl];
        double[] ar = new double[nr];
        double[] br = new double[nr];
        sums(c1, c2, 0, split, al, bl);
        sums(c1, c2, split, m, ar, br);
        int[] leftOrder = identity(nl);
        PairSort.sortDescending(al, bl, leftOrder);
        int[] rightOrder = identity(nr);
        PairSort.sortDescending(ar, br, rightOrder);
        double[] ranks = br.clone();
        Arrays.sort(ranks);
        long[] tree = new long[nr + 1];
        int inserted = 0;
        long total = 0;
        for (int i = nl - 1; i >= 0; i--) { // rising aL: the right parts that qualify only grow
            while (inserted < nr && al[i] + ar[inserted] >= t1) {
                add(tree, Arrays.binarySearch(ranks, br[inserted]) + 1);
                inserted++;
            }
            // inserted parts with bR ≥ t2 − bL: all inserted minus those whose bR is below it
            int below = lowerBound(ranks, t2 - bl[i]);
            total += inserted - prefix(tree, below);
        }
        return total;
    }

    private static long product(double[][] c, int from, int to) {
        long p = 1;
        for (int i = from; i < to; i++) {
            p *= c[i].length;
            if (p > MAX_HALF * 4) {
                return Long.MAX_VALUE / 4;
            }
        }
        return p;
    }

    /** Lists the partial sums of issues [from, to) for both parties, odometer order. */
    private static void sums(double[][] c1, double[][] c2, int from, int to, double[] a, double[] b) {
        int n = a.length;
        int k = to - from;
        int[] digit = new int[k];
        int[] radix = Odometer.radix(c1, from, to);
        for (int idx = 0; idx < n; idx++) {
            double x = 0;
            double y = 0;
            for (int j = 0; j < k; j++) {
                x += c1[from + j][digit[j]];
                y += c2[from + j][digit[j]];
            }
            a[idx] = x;
            b[idx] = y;
            Odometer.next(digit, radix);
        }
    }

    private static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    /** Number of entries of the sorted array strictly below {@code x}. */
    private static int lowerBound(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static void add(long[] tree, int i) {
        for (; i < tree.length; i += i & -i) {
            tree[i]++;
        }
    }

    /** Number of inserted parts with rank ≤ i (ranks 1-based). */
    private static long prefix(long[] tree, int i) {
        long s = 0;
        for (; i > 0; i -= i & -i) {
            s += tree[i];
        }
        return s;
    }
}
