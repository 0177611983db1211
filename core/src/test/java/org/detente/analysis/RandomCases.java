package org.detente.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

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

/** Small random cases for property tests, reproducible from a seed. */
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
        int issues = 1 + r.nextInt(4);
        List<Issue> list = new ArrayList<>();
        for (int i = 0; i < issues; i++) {
            int k = 1 + r.nextInt(5);
            List<String> values = new ArrayList<>();
            for (int v = 0; v < k; v++) {
                values.add("v" + v);
            }
            list.add(new DiscreteIssue("issue" + i, values));
        }
        Domain d = new Domain("random", list);
        List<Party> ps = new ArrayList<>();
        for (int p = 0; p < parties; p++) {
            double[] w = new double[issues];
            double sum = 0;
            for (int i = 0; i < issues; i++) {
                w[i] = coarse ? 1 + r.nextInt(3) : r.nextDouble();
                sum += w[i];
            }
            List<Double> weights = new ArrayList<>();
            List<ValueFunction> fs = new ArrayList<>();
            for (int i = 0; i < issues; i++) {
                weights.add(w[i] / sum);
                List<Double> table = new ArrayList<>();
                for (int v = 0; v < list.get(i).cardinality(); v++) {
                    table.add(coarse ? r.nextInt(5) / 4.0 : r.nextDouble());
                }
                fs.add(new ValueFunction.Table(table));
            }
            List<RedLine> lines = new ArrayList<>();
            if (redLines && r.nextInt(3) == 0) {
                int i = r.nextInt(issues);
                if (list.get(i).cardinality() > 1) {
                    lines.add(new RedLine.Refuse(i, List.of(r.nextInt(list.get(i).cardinality()))));
                }
            }
            double rv = r.nextInt(3) == 0 ? r.nextDouble() * 0.6 : 0;
            ps.add(new Party("p" + p, new Preferences(new LinearAdditiveUtility(d, weights, fs), rv, 1, lines)));
        }
        return new NegotiationCase("random", "", d, ps);
    }

    /**
     * A random linear additive case over integer issues where every party draws red lines often:
     * an interval ({@link RedLine.Within}) on one issue, and sometimes a refused value on another.
     */
    static NegotiationCase numericRedLines(long seed, int parties) {
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
    static NegotiationCase nonlinear(long seed) {
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
