package org.detente.analysis;

/**
 * The ranking sort: sorts parallel primitive arrays by (key1 descending, key2 descending), carrying an
 * int payload; stable (equal keys keep their order). Bottom-up merge sort over insertion-sorted runs
 * of 32: O(n log n) always, no boxing. The frontier and ZOPA kernels sort with it, and so does the
 * rehearsal engine's ranking of outcomes (its reference, and its fallback for input holding a NaN).
 */
public final class PairSort {
    private static final int RUN = 32;

    private PairSort() {
    }

    /**
     * Sorts the three arrays in place, together.
     *
     * @param k1      the first key
     * @param k2      the second key, for ties of the first
     * @param payload what moves with the keys (for example outcome indices)
     */
    public static void sortDescending(double[] k1, double[] k2, int[] payload) {
        int n = payload.length;
        if (n < 2) {
            return;
        }
        double[] a1 = k1;
        double[] a2 = k2;
        int[] ap = payload;
        double[] b1 = new double[n];
        double[] b2 = new double[n];
        int[] bp = new int[n];
        // runs by insertion sort
        for (int lo = 0; lo < n; lo += RUN) {
            int hi = Math.min(lo + RUN, n);
            for (int i = lo + 1; i < hi; i++) {
                double x1 = a1[i];
                double x2 = a2[i];
                int xp = ap[i];
                int j = i - 1;
                while (j >= lo && before(x1, x2, a1[j], a2[j])) {
                    a1[j + 1] = a1[j];
                    a2[j + 1] = a2[j];
                    ap[j + 1] = ap[j];
                    j--;
                }
                a1[j + 1] = x1;
                a2[j + 1] = x2;
                ap[j + 1] = xp;
            }
        }
        boolean inA = true;
        for (int width = RUN; width < n; width *= 2) {
            double[] s1 = inA ? a1 : b1;
            double[] s2 = inA ? a2 : b2;
            int[] sp = inA ? ap : bp;
            double[] d1 = inA ? b1 : a1;
            double[] d2 = inA ? b2 : a2;
            int[] dp = inA ? bp : ap;
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    if (before(s1[j], s2[j], s1[i], s2[i])) {
                        d1[k] = s1[j];
                        d2[k] = s2[j];
                        dp[k++] = sp[j++];
                    } else {
                        d1[k] = s1[i];
                        d2[k] = s2[i];
                        dp[k++] = sp[i++];
                    }
                }
                while (i < mid) {
                    d1[k] = s1[i];
                    d2[k] = s2[i];
                    dp[k++] = sp[i++];
                }
                while (j < hi) {
                    d1[k] = s1[j];
                    d2[k] = s2[j];
                    dp[k++] = sp[j++];
                }
            }
            inA = !inA;
        }
        if (!inA) {
            System.arraycopy(b1, 0, k1, 0, n);
            System.arraycopy(b2, 0, k2, 0, n);
            System.arraycopy(bp, 0, payload, 0, n);
        }
    }

    /** Whether (x1, x2) sorts strictly before (y1, y2) in descending order. */
    private static boolean before(double x1, double x2, double y1, double y2) {
        return x1 > y1 || (x1 == y1 && x2 > y2);
    }
}
