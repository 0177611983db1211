package org.detente.rehearsal.plan;

import java.util.Arrays;

/**
 * A summary of a sample of numbers: count, mean and quantiles (nearest rank).
 *
 * @param n      how many numbers (0: every other field NaN)
 * @param mean   their mean
 * @param min    smallest
 * @param p10    10th percentile
 * @param median 50th percentile
 * @param p90    90th percentile
 * @param max    largest
 */
public record Distribution(int n, double mean, double min, double p10, double median, double p90, double max) {

    /** The summary of {@code values} (not modified). */
    public static Distribution of(double[] values) {
        if (values.length == 0) {
            return new Distribution(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] s = values.clone();
        Arrays.sort(s);
        double sum = 0;
        for (double v : s) {
            sum += v;
        }
        return new Distribution(s.length, sum / s.length, s[0], rank(s, 0.1), rank(s, 0.5), rank(s, 0.9),
                s[s.length - 1]);
    }

    private static double rank(double[] sorted, double q) {
        int k = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, k - 1))];
    }
}
