package org.detente.rehearsal;

import org.detente.analysis.PairSort;

/**
 * Sorts outcome indices by utility, descending, ties by ascending index (the order the indices come
 * in: both sorts are stable).
 *
 * <p>{@link #descending} is a least-significant-digit radix sort on the utilities' bit patterns:
 * a double's bits, with the sign bit flipped for positive numbers and all bits flipped for negative
 * ones, sort as unsigned integers in the order of the numbers; complemented, in the reverse order.
 * Six counting passes of 11 bits (fewer: a pass whose digit is the same for every key is skipped, as
 * the exponent bits of utilities in [0, 1] mostly are) replace the ~log₂ n passes of a comparison
 * sort. −0.0 is keyed as +0.0 (the two are equal utilities, so tie by index); the sorted utilities
 * are decoded from the keys (read from the array instead when a −0.0 is among them).
 * {@link #mergeDescending}, the analysis kernels' stable ranking sort, is the reference, and sorts any
 * array holding a NaN (which no comparison sort orders meaningfully either) so that such input is
 * handled as it always was.
 */
final class RankSort {
    private static final int BITS = 11;
    private static final int BUCKETS = 1 << BITS;
    private static final int PASSES = (Long.SIZE + BITS - 1) / BITS;
    private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);

    private RankSort() {
    }

    /**
     * Sorts {@code index} by {@code utility[index]} descending, ties keeping their order in {@code index}.
     *
     * @return the utilities in the sorted order
     */
    static double[] descending(double[] utility, int[] index) {
        int n = index.length;
        long[] key = new long[n];
        int[][] count = new int[PASSES][BUCKETS];
        boolean negativeZero = false;
        for (int i = 0; i < n; i++) {
            double u = utility[index[i]];
            if (u != u) {
                return mergeDescending(utility, index);
            }
            negativeZero |= Double.doubleToRawLongBits(u) == NEGATIVE_ZERO;
            long b = Double.doubleToRawLongBits(u + 0.0);
            long k = ~(b ^ (b >> 63 | Long.MIN_VALUE));
            key[i] = k;
            for (int p = 0; p < PASSES; p++) {
                count[p][(int) (k >>> p * BITS) & BUCKETS - 1]++;
            }
        }
        long[] sk = key;
        int[] si = index;
        long[] dk = new long[n];
        int[] di = new int[n];
        for (int p = 0; p < PASSES; p++) {
            int[] c = count[p];
            int shift = p * BITS;
            if (n == 0 || c[(int) (sk[0] >>> shift) & BUCKETS - 1] == n) {
                continue;
            }
            for (int d = 0, sum = 0; d < BUCKETS; d++) {
                int x = c[d];
                c[d] = sum;
                sum += x;
            }
            for (int i = 0; i < n; i++) {
                long k = sk[i];
                int at = c[(int) (k >>> shift) & BUCKETS - 1]++;
                dk[at] = k;
                di[at] = si[i];
            }
            long[] tk = sk;
            sk = dk;
            dk = tk;
            int[] ti = si;
            si = di;
            di = ti;
        }
        if (si != index) {
            System.arraycopy(si, 0, index, 0, n);
        }
        double[] sorted = new double[n];
        if (negativeZero) {
            // the key of −0.0 is +0.0's: read the utilities themselves
            for (int i = 0; i < n; i++) {
                sorted[i] = utility[index[i]];
            }
            return sorted;
        }
        for (int i = 0; i < n; i++) {
            long s = ~sk[i];
            sorted[i] = Double.longBitsToDouble(s < 0 ? s ^ Long.MIN_VALUE : ~s);
        }
        return sorted;
    }

    /**
     * The reference: the ranking sort of the analysis kernels ({@link PairSort}, stable), the index
     * carried with its utility; same contract as {@link #descending}.
     *
     * @return the utilities in the sorted order
     */
    static double[] mergeDescending(double[] utility, int[] index) {
        int n = index.length;
        double[] k = new double[n];
        for (int i = 0; i < n; i++) {
            k[i] = utility[index[i]];
        }
        PairSort.sortDescending(k, new double[n], index);
        return k;
    }
}
