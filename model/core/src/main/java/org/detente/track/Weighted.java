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
        Integer[] order = new Integer[x.length];
        double mean = 0;
        for (int h = 0; h < x.length; h++) {
            order[h] = h;
            mean += p[h] * x[h];
        }
        Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
        double low = x[order[0]];
        double high = x[order[x.length - 1]];
        double c = 0;
        boolean lowSet = false;
        for (int k = 0; k < order.length; k++) {
            c += p[order[k]];
            if (!lowSet && c >= 0.05) {
                low = x[order[k]];
                lowSet = true;
            }
            if (c >= 0.95) {
                high = x[order[k]];
                break;
            }
        }
        // the mean of a sample lies within its range; rounding must not put it outside the interval
        return new Estimate(mean, Math.min(low, mean), Math.max(high, mean));
    }
}
