package org.detente.track;

/** How well one estimate of utilities follows another: the score of learning (docs/track-benchmark.md). */
public final class Correlation {
    private Correlation() {
    }

    /**
     * Pearson's correlation coefficient of two samples of equal length, computed about their means
     * (two passes, no cancellation of large sums); 0 when either sample is constant.
     *
     * @throws IllegalArgumentException if the lengths differ
     */
    public static double pearson(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("samples of " + x.length + " and " + y.length + " values");
        }
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int k = 0; k < n; k++) {
            mx += x[k];
            my += y[k];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int k = 0; k < n; k++) {
            sxy += (x[k] - mx) * (y[k] - my);
            sxx += (x[k] - mx) * (x[k] - mx);
            syy += (y[k] - my) * (y[k] - my);
        }
        return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
    }
}
