package org.detente.rehearsal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.detente.model.DiscreteIssue;
import org.detente.model.Domain;
import org.detente.model.Issue;
import org.detente.model.LinearAdditiveUtility;
import org.detente.model.NegotiationCase;
import org.detente.model.Party;
import org.detente.model.Preferences;
import org.detente.model.ValueFunction;

/**
 * Small division problems, seeded: two parties divide a pool of three item types (1 to 4 items of
 * each, at most 100 ways to divide it); each values every item type at a whole number of points,
 * with its whole share worth 10 points, and every item type worth something to someone and at least
 * one worth something to both; no agreement is worth 0 to both. Issue {@code i} is how many items of
 * type {@code i} the first party takes; utility is points / 10.
 */
final class DivisionProblems {
    private static final int TYPES = 3;
    private static final int POINTS = 10;

    private DivisionProblems() {
    }

    /** {@code n} problems drawn from {@code seed}. */
    static List<Scenario> sample(long seed, int n) {
        Random r = new Random(seed);
        List<Scenario> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(Scenario.prepare(problem(r, "division-" + seed + "-" + i)));
        }
        return out;
    }

    private static NegotiationCase problem(Random r, String name) {
        int[] counts = new int[TYPES];
        List<int[]> valuations;
        int[] a;
        int[] b;
        do {
            int packages = 1;
            for (int i = 0; i < TYPES; i++) {
                counts[i] = 1 + r.nextInt(4);
                packages *= counts[i] + 1;
            }
            valuations = packages > 100 ? List.of() : valuations(counts);
            a = null;
            b = null;
            for (int tries = 0; tries < 100 && !valuations.isEmpty(); tries++) {
                a = valuations.get(r.nextInt(valuations.size()));
                b = valuations.get(r.nextInt(valuations.size()));
                if (contested(a, b)) {
                    break;
                }
                a = null;
            }
        } while (a == null);
        List<Issue> issues = new ArrayList<>();
        for (int i = 0; i < TYPES; i++) {
            List<String> values = new ArrayList<>();
            for (int k = 0; k <= counts[i]; k++) {
                values.add(String.valueOf(k));
            }
            issues.add(new DiscreteIssue("item" + i, values));
        }
        Domain d = new Domain(name, issues);
        return new NegotiationCase(name, "", d, List.of(party("first", d, counts, a, false),
                party("second", d, counts, b, true)));
    }

    /** Every way to give each item type whole points so that the whole pool is worth exactly 10. */
    private static List<int[]> valuations(int[] counts) {
        List<int[]> out = new ArrayList<>();
        for (int x = 0; x * counts[0] <= POINTS; x++) {
            for (int y = 0; x * counts[0] + y * counts[1] <= POINTS; y++) {
                int rest = POINTS - x * counts[0] - y * counts[1];
                if (rest % counts[2] == 0) {
                    out.add(new int[] {x, y, rest / counts[2]});
                }
            }
        }
        return out;
    }

    private static boolean contested(int[] a, int[] b) {
        boolean shared = false;
        for (int i = 0; i < TYPES; i++) {
            if (a[i] == 0 && b[i] == 0) {
                return false;
            }
            shared |= a[i] > 0 && b[i] > 0;
        }
        return shared;
    }

    private static Party party(String name, Domain d, int[] counts, int[] points, boolean rest) {
        List<Double> weights = new ArrayList<>();
        List<ValueFunction> fs = new ArrayList<>();
        for (int i = 0; i < TYPES; i++) {
            weights.add((double) points[i] * counts[i] / POINTS);
            List<Double> share = new ArrayList<>();
            for (int k = 0; k <= counts[i]; k++) {
                share.add((double) (rest ? counts[i] - k : k) / counts[i]);
            }
            fs.add(new ValueFunction.Table(share));
        }
        return new Party(name, new Preferences(new LinearAdditiveUtility(d, weights, fs), 0, 1, List.of()));
    }
}
