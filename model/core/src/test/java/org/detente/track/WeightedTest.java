package org.detente.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.detente.analysis.RobustnessAnalysis.Estimate;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class WeightedTest {

    /**
     * The weighted mean and percentiles are those of the sample sorted value by value, ties included (a
     * resampled posterior holds many copies of a hypothesis, so many equal values): the same as
     * walking the indices sorted by value, as the estimate did before it sorted primitives.
     */
    @Property(tries = 300)
    void thePercentilesAreThoseOfTheSortedSample(@ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = 1 + r.nextInt(60);
        int distinct = 1 + r.nextInt(n);
        double[] values = new double[distinct];
        for (int k = 0; k < distinct; k++) {
            values[k] = r.nextDouble();
        }
        double[] x = new double[n];
        double[] p = new double[n];
        double total = 0;
        for (int h = 0; h < n; h++) {
            x[h] = values[r.nextInt(distinct)];
            p[h] = r.nextInt(4) == 0 ? 0 : r.nextDouble();
            total += p[h];
        }
        for (int h = 0; h < n; h++) {
            p[h] = total > 0 ? p[h] / total : 1.0 / n;
        }
        Estimate e = Weighted.estimate(x, p);
        Estimate expected = byIndex(x, p);
        assertThat(e.mean()).isEqualTo(expected.mean());
        assertThat(e.low()).isEqualTo(expected.low());
        assertThat(e.high()).isEqualTo(expected.high());
        assertThat(e.low()).isLessThanOrEqualTo(e.mean());
        assertThat(e.mean()).isLessThanOrEqualTo(e.high());
    }

    /** The definition: indices sorted by value, weights accumulated until 5 % and 95 %. */
    private static Estimate byIndex(double[] x, double[] p) {
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
        return new Estimate(mean, Math.min(low, mean), Math.max(high, mean));
    }
}
