package org.detente.rehearsal;

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
 * are decoded from the keys (read from the array instead when a −0.0 is among them). {@link #mergeDescending},
 * a stable merge sort, is the reference, and sorts any array holding a NaN (which no comparison sort
 * orders meaningfully either) so that such input is handled as it always was.
 */
final class RankSort {
    private static final int RUN = 32;
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
     * The reference: a stable bottom-up merge sort that moves each key with its index, so every pass
     * reads memory sequentially; same contract as {@link #descending}.
     *
     * @return the utilities in the sorted order
     */
    static double[] mergeDescending(double[] utility, int[] index) {
        int n = index.length;
        double[] k = new double[n];
        for (int i = 0; i < n; i++) {
            k[i] = utility[index[i]];
        }
        for (int lo = 0; lo < n; lo += RUN) {
            int hi = Math.min(lo + RUN, n);
            for (int i = lo + 1; i < hi; i++) {
                double kx = k[i];
                int x = index[i];
                int j = i - 1;
                while (j >= lo && k[j] < kx) {
                    k[j + 1] = k[j];
                    index[j + 1] = index[j];
                    j--;
                }
                k[j + 1] = kx;
                index[j + 1] = x;
            }
        }
        double[] sk = k;
        int[] si = index;
        double[] dk = new double[n];
        int[] di = new int[n];
        for (int width = RUN; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                int o = lo;
                while (i < mid && j < hi) {
                    if (sk[j] > sk[i]) {
                        dk[o] = sk[j];
                        di[o++] = si[j++];
                    } else {
                        dk[o] = sk[i];
                        di[o++] = si[i++];
                    }
                }
                System.arraycopy(sk, i, dk, o, mid - i);
                System.arraycopy(si, i, di, o, mid - i);
                o += mid - i;
                System.arraycopy(sk, j, dk, o, hi - j);
                System.arraycopy(si, j, di, o, hi - j);
            }
            double[] tk = sk;
            sk = dk;
            dk = tk;
            int[] ti = si;
            si = di;
            di = ti;
        }
        if (si != index) {
            System.arraycopy(si, 0, index, 0, n);
        }
        return sk;
    }
}
