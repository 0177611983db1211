package org.detente.fair;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Brams and Taylor's Adjusted Winner: two parties each spread 100 points over the items; every item
 * first goes to the party that values it more, then items move from the party ahead to the party
 * behind, lowest ratio of valuations first, until both hold the same number of points — splitting
 * at most one item. The result is equitable (equal points), envy-free (each holds at least 50 of its
 * own points) and efficient (no other division is better for one party and no worse for the other).
 *
 * <p>Items both parties value equally can go either way at no cost to efficiency: they are dealt,
 * largest first, to whichever party then holds fewer points, so that identical valuations divide
 * without a split whenever this greedy deal balances them.
 */
final class AdjustedWinner {
    /** Points that agree within this are equal (valuations are read from text and summed). */
    static final double EPS = 1e-9;

    private AdjustedWinner() {
    }

    /**
     * Divides the items.
     *
     * @param items  item names, distinct
     * @param pointsA the first party's points per item, non-negative; rescaled to sum to 100
     * @param pointsB the second party's points per item, non-negative; rescaled to sum to 100
     * @return the division
     * @throws IllegalArgumentException if the lists differ in length, a point is negative or not
     *                                  finite, or a party gives no point at all
     */
    public static Division divide(List<String> items, List<Double> pointsA, List<Double> pointsB) {
        int n = items.size();
        if (pointsA.size() != n || pointsB.size() != n) {
            throw new IllegalArgumentException(n + " items but " + pointsA.size() + " and " + pointsB.size() + " points");
        }
        if (n == 0) {
            throw new IllegalArgumentException("there is nothing to divide");
        }
        double[] a = scaled(pointsA, "first party");
        double[] b = scaled(pointsB, "second party");
        double[] toA = new double[n]; // fraction of each item held by A
        double holdA = 0;
        double holdB = 0;
        List<Integer> tied = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (Math.abs(a[i] - b[i]) <= EPS) {
                tied.add(i);
            } else if (a[i] > b[i]) {
                toA[i] = 1;
                holdA += a[i];
            } else {
                holdB += b[i];
            }
        }
        tied.sort((x, y) -> Double.compare(a[y], a[x]));
        for (int i : tied) {
            if (holdA <= holdB) {
                toA[i] = 1;
                holdA += a[i];
            } else {
                holdB += b[i];
            }
        }
        int split = -1;
        if (Math.abs(holdA - holdB) > EPS) {
            boolean aAhead = holdA > holdB;
            // the leader's items, lowest ratio (leader's value / other's value) first
            Integer[] order = leaderItems(toA, aAhead, n);
            Arrays.sort(order, (x, y) -> Double.compare(ratio(a, b, x, aAhead), ratio(a, b, y, aAhead)));
            for (int i : order) {
                double lead = aAhead ? a[i] : b[i];
                double other = aAhead ? b[i] : a[i];
                double gap = aAhead ? holdA - holdB : holdB - holdA;
                if (gap <= EPS) {
                    break;
                }
                if (lead + other <= gap + EPS) {
                    // moving the whole item does not overshoot
                    toA[i] = aAhead ? 0 : 1;
                    holdA += aAhead ? -a[i] : a[i];
                    holdB += aAhead ? b[i] : -b[i];
                } else {
                    double f = gap / (lead + other); // fraction moved
                    toA[i] = aAhead ? 1 - f : f;
                    holdA += aAhead ? -f * a[i] : f * a[i];
                    holdB += aAhead ? f * b[i] : -f * b[i];
                    split = i;
                    break;
                }
            }
        }
        List<Division.Share> shares = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            shares.add(new Division.Share(items.get(i), a[i], b[i], toA[i]));
        }
        return new Division(shares, holdA, holdB, split < 0 ? null : items.get(split));
    }

    private static Integer[] leaderItems(double[] toA, boolean aAhead, int n) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (aAhead ? toA[i] == 1 : toA[i] == 0) {
                list.add(i);
            }
        }
        return list.toArray(new Integer[0]);
    }

    private static double ratio(double[] a, double[] b, int i, boolean aAhead) {
        double lead = aAhead ? a[i] : b[i];
        double other = aAhead ? b[i] : a[i];
        return other == 0 ? Double.POSITIVE_INFINITY : lead / other;
    }

    private static double[] scaled(List<Double> points, String who) {
        double sum = 0;
        double[] p = new double[points.size()];
        for (int i = 0; i < p.length; i++) {
            double x = points.get(i);
            if (!Double.isFinite(x) || x < 0) {
                throw new IllegalArgumentException("the " + who + "'s points must be finite and ≥ 0, found " + x);
            }
            p[i] = x;
            sum += x;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("the " + who + " gives no point to any item");
        }
        for (int i = 0; i < p.length; i++) {
            p[i] = p[i] * 100 / sum;
        }
        return p;
    }
}
