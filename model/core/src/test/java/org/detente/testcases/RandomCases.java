package org.detente.testcases;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleSupplier;

import org.detente.model.DiscreteIssue;
import org.detente.model.Domain;
import org.detente.model.HyperRectangleUtility;
import org.detente.model.IntegerIssue;
import org.detente.model.Issue;
import org.detente.model.LinearAdditiveUtility;
import org.detente.model.NegotiationCase;
import org.detente.model.Party;
import org.detente.model.Preferences;
import org.detente.model.RedLine;
import org.detente.model.UtilityFunction;
import org.detente.model.ValueFunction;

/**
 * Small random cases for property tests, reproducible from a seed: written once, for every module's
 * tests (the core's test jar carries this class; rehearsal's tests use it too).
 */
public final class RandomCases {
    private RandomCases() {
    }

    /**
     * A random linear additive case.
     *
     * @param coarse when true, evaluations are multiples of 1/4, so many outcomes tie exactly
     */
    public static NegotiationCase additive(long seed, int parties, boolean coarse, boolean redLines) {
        Random r = new Random(seed);
        int[] cardinalities = new int[1 + r.nextInt(4)];
        for (int i = 0; i < cardinalities.length; i++) {
            cardinalities[i] = 1 + r.nextInt(5);
        }
        Domain d = discreteDomain("random", cardinalities);
        int issues = d.size();
        List<Party> ps = new ArrayList<>();
        for (int p = 0; p < parties; p++) {
            LinearAdditiveUtility u = coarse ? additiveUtility(r, d, () -> 1 + r.nextInt(3), () -> r.nextInt(5) / 4.0, false)
                    : additiveUtility(r, d, r::nextDouble, r::nextDouble, false);
            List<RedLine> lines = new ArrayList<>();
            if (redLines && r.nextInt(3) == 0) {
                int i = r.nextInt(issues);
                if (d.issue(i).cardinality() > 1) {
                    lines.add(new RedLine.Refuse(i, List.of(r.nextInt(d.issue(i).cardinality()))));
                }
            }
            double rv = r.nextInt(3) == 0 ? r.nextDouble() * 0.6 : 0;
            ps.add(new Party("p" + p, new Preferences(u, rv, 1, lines)));
        }
        return new NegotiationCase("random", "", d, ps);
    }

    /**
     * A random linear additive case with no red line: {@code issues} issues of {@code values} values
     * each; every party's weights are {@code 0.1 + U(0, 1)} normalised, its evaluations {@code U(0, 1)}
     * with one value of each issue at 1.
     */
    public static NegotiationCase tables(long seed, int parties, int issues, int values, double rv, double discount) {
        Random r = new Random(seed);
        int[] cardinalities = new int[issues];
        java.util.Arrays.fill(cardinalities, values);
        Domain d = discreteDomain("random", cardinalities);
        List<Party> ps = new ArrayList<>();
        for (int p = 0; p < parties; p++) {
            LinearAdditiveUtility u = additiveUtility(r, d, () -> 0.1 + r.nextDouble(), r::nextDouble, true);
            ps.add(new Party("p" + p, new Preferences(u, rv, discount, List.of())));
        }
        return new NegotiationCase("random-" + seed, "", d, ps);
    }

    /** A domain of discrete issues {@code issue0, issue1, …} with values {@code v0, v1, …}, {@code cardinalities[i]} for issue i. */
    public static Domain discreteDomain(String name, int[] cardinalities) {
        List<Issue> list = new ArrayList<>();
        for (int i = 0; i < cardinalities.length; i++) {
            List<String> values = new ArrayList<>();
            for (int v = 0; v < cardinalities[i]; v++) {
                values.add("v" + v);
            }
            list.add(new DiscreteIssue("issue" + i, values));
        }
        return new Domain(name, list);
    }

    /** A linear additive utility with every issue weighted alike, evaluations drawn from {@code value} issue by issue. */
    public static LinearAdditiveUtility equalWeights(Domain d, DoubleSupplier value) {
        List<Double> weights = new ArrayList<>();
        List<ValueFunction> fs = new ArrayList<>();
        for (int i = 0; i < d.size(); i++) {
            weights.add(1.0 / d.size());
            List<Double> table = new ArrayList<>();
            for (int v = 0; v < d.issue(i).cardinality(); v++) {
                table.add(value.getAsDouble());
            }
            fs.add(new ValueFunction.Table(table));
        }
        return new LinearAdditiveUtility(d, weights, fs);
    }

    /**
     * A random linear additive utility over discrete issues: one raw weight per issue drawn from
     * {@code weight} (then normalised to sum 1), then issue by issue a table of evaluations drawn from
     * {@code value}; with {@code oneBest}, one value of each issue (drawn) is then set to 1.
     */
    public static LinearAdditiveUtility additiveUtility(Random r, Domain d, DoubleSupplier weight, DoubleSupplier value,
                                                        boolean oneBest) {
        int issues = d.size();
        double[] w = new double[issues];
        double sum = 0;
        for (int i = 0; i < issues; i++) {
            w[i] = weight.getAsDouble();
            sum += w[i];
        }
        List<Double> weights = new ArrayList<>();
        List<ValueFunction> fs = new ArrayList<>();
        for (int i = 0; i < issues; i++) {
            weights.add(w[i] / sum);
            int k = d.issue(i).cardinality();
            List<Double> table = new ArrayList<>();
            for (int v = 0; v < k; v++) {
                table.add(value.getAsDouble());
            }
            if (oneBest) {
                table.set(r.nextInt(k), 1.0);
            }
            fs.add(new ValueFunction.Table(table));
        }
        return new LinearAdditiveUtility(d, weights, fs);
    }

    /**
     * A random linear additive case over integer issues where every party draws red lines often:
     * an interval ({@link RedLine.Within}) on one issue, and sometimes a refused value on another.
     */
    public static NegotiationCase numericRedLines(long seed, int parties) {
        Random r = new Random(seed);
        int issues = 1 + r.nextInt(3);
        List<Issue> list = new ArrayList<>();
        for (int i = 0; i < issues; i++) {
            list.add(new IntegerIssue("n" + i, 0, 1 + r.nextInt(5)));
        }
        Domain d = new Domain("numeric", list);
        List<Party> ps = new ArrayList<>();
        for (int p = 0; p < parties; p++) {
            List<Double> weights = new ArrayList<>();
            List<ValueFunction> fs = new ArrayList<>();
            for (int i = 0; i < issues; i++) {
                weights.add(1.0 / issues);
                long max = ((IntegerIssue) list.get(i)).max();
                fs.add(r.nextBoolean() ? new ValueFunction.Linear(1.0 / max, 0, 0) : new ValueFunction.Linear(-1.0 / max, 1, 0));
            }
            List<RedLine> lines = new ArrayList<>();
            if (r.nextBoolean()) {
                int i = r.nextInt(issues);
                long max = ((IntegerIssue) list.get(i)).max();
                long lo = r.nextInt((int) max + 1);
                lines.add(new RedLine.Within(i, lo, lo + r.nextInt((int) (max - lo) + 1)));
            }
            if (r.nextInt(3) == 0) {
                int i = r.nextInt(issues);
                lines.add(new RedLine.Refuse(i, List.of(r.nextInt(list.get(i).cardinality()))));
            }
            double rv = r.nextInt(3) == 0 ? r.nextDouble() * 0.6 : 0;
            ps.add(new Party("p" + p, new Preferences(new LinearAdditiveUtility(d, weights, fs), rv, 1, lines)));
        }
        return new NegotiationCase("numeric", "", d, ps);
    }

    /** A random case mixing an additive party and a hyper-rectangle party over integer issues. */
    public static NegotiationCase nonlinear(long seed) {
        Random r = new Random(seed);
        int issues = 1 + r.nextInt(3);
        List<Issue> list = new ArrayList<>();
        for (int i = 0; i < issues; i++) {
            list.add(new IntegerIssue("i" + i, 0, r.nextInt(6)));
        }
        Domain d = new Domain("nonlinear", list);
        List<HyperRectangleUtility.Rectangle> rects = new ArrayList<>();
        for (int k = 0; k < 1 + r.nextInt(6); k++) {
            int i = r.nextInt(issues);
            long max = ((IntegerIssue) list.get(i)).max();
            long a = r.nextInt((int) max + 1);
            long b = a + r.nextInt((int) (max - a) + 1);
            rects.add(new HyperRectangleUtility.Rectangle(1 + r.nextInt(50),
                    List.of(new HyperRectangleUtility.Bound(i, a, b))));
        }
        UtilityFunction hyper = new HyperRectangleUtility(d, rects, 100);
        List<Double> weights = new ArrayList<>();
        List<ValueFunction> fs = new ArrayList<>();
        for (int i = 0; i < issues; i++) {
            weights.add(1.0 / issues);
            fs.add(new ValueFunction.Linear(r.nextBoolean() ? 0.2 : -0.2, r.nextDouble(), 0));
        }
        return new NegotiationCase("nonlinear", "", d, List.of(
                new Party("hyper", Preferences.of(hyper)),
                new Party("linear", Preferences.of(new LinearAdditiveUtility(d, weights, fs)))));
    }
}
