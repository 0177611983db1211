package org.detente.rehearsal;

/** Sorts outcome indices by utility, descending, ties by ascending index: a stable merge sort on primitives. */
final class RankSort {
    private RankSort() {
    }

    static void descending(double[] key, int[] a) {
        int n = a.length;
        int[] b = new int[n];
        final int run = 24;
        for (int lo = 0; lo < n; lo += run) {
            int hi = Math.min(lo + run, n);
            for (int i = lo + 1; i < hi; i++) {
                int x = a[i];
                double kx = key[x];
                int j = i - 1;
                while (j >= lo && key[a[j]] < kx) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = x;
            }
        }
        int[] src = a;
        int[] dst = b;
        for (int width = run; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    dst[k++] = key[src[j]] > key[src[i]] ? src[j++] : src[i++];
                }
                while (i < mid) {
                    dst[k++] = src[i++];
                }
                while (j < hi) {
                    dst[k++] = src[j++];
                }
            }
            int[] t = src;
            src = dst;
            dst = t;
        }
        if (src != a) {
            System.arraycopy(src, 0, a, 0, n);
        }
    }
}
