package org.detente.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a frontier computed in doubles into the frontier of the exact utilities.
 *
 * <p>Two sums of doubles for the same exact value can differ in their last bits, so a point that
 * the exact arithmetic dominates can survive a double comparison by one ulp (GENIUS's Energy
 * scenario shows 208 "Pareto points" in naive doubles, 204 in exact arithmetic). Utilities closer
 * than {@link Analyzer#TOLERANCE} are taken as equal: a point is dropped when another is at least
 * as good within the tolerance everywhere and better beyond it somewhere, and points equal within
 * the tolerance are merged.
 */
final class Tolerance {
    private Tolerance() {
    }

    /**
     * The cleaned frontier, sorted by the first party's utility descending (then the next party's…).
     *
     * @param points a frontier exact in doubles (no point dominated by another in double arithmetic)
     */
    static List<Point> clean(List<Point> points) {
        List<Point> sorted = new ArrayList<>(points);
        sorted.sort(DESCENDING);
        List<Point> kept = sorted.isEmpty() || sorted.get(0).utilities().size() != 2
                ? pairwise(sorted) : sweep2(sorted);
        return merge(kept);
    }

    static final Comparator<Point> DESCENDING = (a, b) -> {
        for (int i = 0; i < a.utilities().size(); i++) {
            int c = Double.compare(b.utility(i), a.utility(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    /** Whether x is within the tolerance of y or better everywhere, and better beyond it somewhere. */
    static boolean dominates(Point x, Point y) {
        double eps = Analyzer.TOLERANCE;
        boolean beyond = false;
        for (int i = 0; i < x.utilities().size(); i++) {
            double d = x.utility(i) - y.utility(i);
            if (d < -eps) {
                return false;
            }
            beyond |= d > eps;
        }
        return beyond;
    }

    private static List<Point> pairwise(List<Point> sorted) {
        List<Point> kept = new ArrayList<>();
        for (Point y : sorted) {
            boolean dominated = false;
            for (Point x : sorted) {
                if (x != y && dominates(x, y)) {
                    dominated = true;
                    break;
                }
            }
            if (!dominated) {
                kept.add(y);
            }
        }
        return kept;
    }

    /**
     * Two parties, O(|F|): along a double-exact frontier sorted by u1 descending, u2 ascends, so the
     * best candidate dominator before a point is the last one more than ε ahead in u1, and after it
     * the last one within ε behind in u1.
     */
    private static List<Point> sweep2(List<Point> f) {
        double eps = Analyzer.TOLERANCE;
        int n = f.size();
        List<Point> kept = new ArrayList<>();
        int ahead = -1; // last index j < i with u1[j] > u1[i] + eps
        int behind = 0; // last index j ≥ i with u1[j] ≥ u1[i] - eps
        for (int i = 0; i < n; i++) {
            Point y = f.get(i);
            while (ahead + 1 < i && f.get(ahead + 1).utility(0) > y.utility(0) + eps) {
                ahead++;
            }
            if (behind < i) {
                behind = i;
            }
            while (behind + 1 < n && f.get(behind + 1).utility(0) >= y.utility(0) - eps) {
                behind++;
            }
            boolean dominated = ahead >= 0 && dominates(f.get(ahead), y);
            dominated |= behind > i && dominates(f.get(behind), y);
            if (!dominated) {
                kept.add(y);
            }
        }
        return kept;
    }

    /** Merges points equal within the tolerance in every component (keeps the first). */
    private static List<Point> merge(List<Point> sorted) {
        List<Point> kept = new ArrayList<>();
        for (Point p : sorted) {
            boolean duplicate = false;
            for (int k = kept.size() - 1; k >= 0 && !duplicate; k--) {
                Point q = kept.get(k);
                if (q.utility(0) - p.utility(0) > Analyzer.TOLERANCE) {
                    break;
                }
                duplicate = close(p, q);
            }
            if (!duplicate) {
                kept.add(p);
            }
        }
        return kept;
    }

    private static boolean close(Point a, Point b) {
        for (int i = 0; i < a.utilities().size(); i++) {
            if (Math.abs(a.utility(i) - b.utility(i)) > Analyzer.TOLERANCE) {
                return false;
            }
        }
        return true;
    }
}
