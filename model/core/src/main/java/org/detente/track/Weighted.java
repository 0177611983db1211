package org.detente.track;

import java.util.Arrays;

import org.detente.analysis.RobustnessAnalysis.Estimate;

/** Weighted means and quantiles of a sample. */
final class Weighted {
    private Weighted() {
    }

    /**
     * The weighted mean and the 5th and 95th weighted percentiles of {@code x}.
     *
     * @param x the values
     * @param p their weights, non-negative, summing to 1
     */
    static Estimate estimate(double[] x, double[] p) {
        double mean = 0;
        for (int h = 0; h < x.length; h++) {
            mean += p[h] * x[h];
        }
        // the values in order (primitives: no boxed index sort), each one's weight on the first of its ties
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        double[] mass = new double[sorted.length];
        for (int h = 0; h < x.length; h++) {
            mass[first(sorted, x[h])] += p[h];
        }
        double low = sorted[0];
        double high = sorted[sorted.length - 1];
        double c = 0;
        boolean lowSet = false;
        for (int k = 0; k < sorted.length; k++) {
            c += mass[k];
            if (!lowSet && c >= 0.05) {
                low = sorted[k];
                lowSet = true;
            }
            if (c >= 0.95) {
                high = sorted[k];
                break;
            }
        }
        // the mean of a sample lies within its range; rounding must not put it outside the interval
        return new Estimate(mean, Math.min(low, mean), Math.max(high, mean));
    }

    /** The first index of {@code key} in {@code sorted} (ordered as {@link Arrays#sort(double[])} orders). */
    private static int first(double[] sorted, double key) {
        int lo = 0;
        int hi = sorted.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Double.compare(sorted[mid], key) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
