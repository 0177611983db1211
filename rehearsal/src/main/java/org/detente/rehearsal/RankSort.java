package org.detente.rehearsal;

/**
 * Sorts outcome indices by utility, descending, ties by ascending index: a stable bottom-up merge
 * sort that moves each key with its index, so every pass reads memory sequentially.
 */
final class RankSort {
    private static final int RUN = 32;

    private RankSort() {
    }

    /**
     * Sorts {@code index} (initially 0..n-1) by {@code utility[index]} descending.
     *
     * @return the utilities in the sorted order
     */
    static double[] descending(double[] utility, int[] index) {
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
