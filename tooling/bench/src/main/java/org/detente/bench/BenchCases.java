package org.detente.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.detente.model.DiscreteIssue;
import org.detente.model.Domain;
import org.detente.model.Issue;
import org.detente.model.LinearAdditiveUtility;
import org.detente.model.NegotiationCase;
import org.detente.model.Party;
import org.detente.model.Preferences;
import org.detente.model.ValueFunction;

/**
 * Seeded two-party linear additive cases for the benchmarks: {@code issues} discrete issues of
 * {@code values} values each, reservation values 0, no discount, no red lines.
 */
public final class BenchCases {
    /** Seed of every benchmark case, so every run measures the same case. */
    public static final long SEED = 20261126L;

    /**
     * Half-width of the uniform noise added to party B's evaluations in the opposed shape: large
     * enough that the frontier of 10^10 outcomes stays listable, small enough that the two parties
     * are nearly zero-sum.
     */
    public static final double OPPOSED_NOISE = 0.01;

    private BenchCases() {
    }

    /** How the two parties' preferences relate. */
    public enum Shape {
        /** Independent random weights and evaluations for each party. */
        RANDOM,
        /**
         * Near zero-sum: party B has party A's weights and evaluations {@code 1 − eA(v)} plus
         * uniform noise in ±{@link #OPPOSED_NOISE} (clipped to [0, 1]), so uB ≈ 1 − uA and the
         * frontier is large.
         */
        OPPOSED
    }

    /** The case of the given size and shape, from {@link #SEED}, reservation values 0. */
    public static NegotiationCase of(int issues, int values, Shape shape) {
        return of(issues, values, shape, 0);
    }

    /** The case of the given size and shape, from {@link #SEED}, both parties with the given RV. */
    public static NegotiationCase of(int issues, int values, Shape shape, double reservation) {
        SplittableRandom r = new SplittableRandom(SEED + 31L * issues + values);
        List<Issue> list = new ArrayList<>(issues);
        List<String> names = new ArrayList<>(values);
        for (int v = 0; v < values; v++) {
            names.add("v" + v);
        }
        for (int i = 0; i < issues; i++) {
            list.add(new DiscreteIssue("issue" + i, names));
        }
        Domain d = new Domain("bench-" + issues + "x" + values, list);
        double[] wA = weights(r, issues);
        double[][] eA = evaluations(r, issues, values);
        double[] wB;
        double[][] eB;
        if (shape == Shape.RANDOM) {
            wB = weights(r, issues);
            eB = evaluations(r, issues, values);
        } else {
            wB = wA.clone();
            eB = new double[issues][values];
            for (int i = 0; i < issues; i++) {
                for (int v = 0; v < values; v++) {
                    double e = 1 - eA[i][v] + (2 * r.nextDouble() - 1) * OPPOSED_NOISE;
                    eB[i][v] = Math.min(1, Math.max(0, e));
                }
            }
        }
        Party a = new Party("A", new Preferences(utility(d, wA, eA), reservation, 1, List.of()));
        Party b = new Party("B", new Preferences(utility(d, wB, eB), reservation, 1, List.of()));
        return new NegotiationCase(d.name() + "-" + shape, "benchmark case", d, List.of(a, b));
    }

    private static double[] weights(SplittableRandom r, int issues) {
        double[] w = new double[issues];
        double sum = 0;
        for (int i = 0; i < issues; i++) {
            w[i] = 0.1 + r.nextDouble();
            sum += w[i];
        }
        for (int i = 0; i < issues; i++) {
            w[i] /= sum;
        }
        return w;
    }

    private static double[][] evaluations(SplittableRandom r, int issues, int values) {
        double[][] e = new double[issues][values];
        for (int i = 0; i < issues; i++) {
            for (int v = 0; v < values; v++) {
                e[i][v] = r.nextDouble();
            }
        }
        return e;
    }

    private static LinearAdditiveUtility utility(Domain d, double[] w, double[][] e) {
        List<Double> weights = new ArrayList<>(w.length);
        List<ValueFunction> fs = new ArrayList<>(w.length);
        for (int i = 0; i < w.length; i++) {
            weights.add(w[i]);
            List<Double> table = new ArrayList<>(e[i].length);
            for (double x : e[i]) {
                table.add(x);
            }
            fs.add(new ValueFunction.Table(table));
        }
        return new LinearAdditiveUtility(d, weights, fs);
    }

    /**
     * Every outcome's utility for party p, in mixed-radix order (issue 0 most significant), summed
     * left to right from the weighted contributions: the kernel benchmark's input.
     */
    public static double[] utilities(NegotiationCase c, int party) {
        LinearAdditiveUtility f = (LinearAdditiveUtility) c.party(party).preferences().utility();
        int m = c.domain().size();
        double[][] contrib = new double[m][];
        int n = 1;
        for (int i = 0; i < m; i++) {
            contrib[i] = f.contributions(i);
            n = Math.multiplyExact(n, contrib[i].length);
        }
        double[] out = new double[n];
        int[] digit = new int[m];
        for (int k = 0; k < n; k++) {
            double s = 0;
            for (int i = 0; i < m; i++) {
                s += contrib[i][digit[i]];
            }
            out[k] = s;
            for (int i = m - 1; i >= 0 && ++digit[i] == contrib[i].length; i--) {
                digit[i] = 0;
            }
        }
        return out;
    }
}
