package org.detente.analysis;

import java.util.List;

/**
 * The classic solution points of a negotiation, each an outcome on the Pareto frontier, or, when no
 * outcome is individually rational ({@code uᵢ ≥ RVᵢ} for every party), {@link Computed.NotComputed}
 * with the reason {@value #NONE_RATIONAL}.
 *
 * @param nash             maximises Π(uᵢ − RVᵢ) over the individually rational outcomes
 * @param kalaiSmorodinsky the true Kalai–Smorodinsky point: maximises the smallest share
 *                         (uᵢ − RVᵢ)/(bestᵢ − RVᵢ) of each party's best possible gain over its RV
 *                         (best over the individually rational outcomes); on a finite set equal
 *                         shares are rarely reachable, so this is the max–min share point
 * @param egalitarian      maximises min(uᵢ − RVᵢ)
 * @param maxWelfare       maximises Σuᵢ over the individually rational outcomes
 * @param geniusKalai      GENIUS's "Kalai": the frontier point with the smallest Σ_{i&lt;j}|uᵢ − uⱼ|
 *                         (no reference to reservation values; the ANL league's {@code kalai}); not
 *                         computed only when the frontier is empty (reason {@value #EMPTY_FRONTIER})
 */
public record Solutions(Computed<Point> nash, Computed<Point> kalaiSmorodinsky, Computed<Point> egalitarian,
                        Computed<Point> maxWelfare, Computed<Point> geniusKalai) {
    /** Why the four solutions over the individually rational outcomes are missing. */
    public static final String NONE_RATIONAL = "no outcome is individually rational";
    /** Why GENIUS's Kalai point is missing. */
    public static final String EMPTY_FRONTIER = "red lines exclude every outcome";

    /** @throws NullPointerException if a component is null */
    public Solutions {
        java.util.Objects.requireNonNull(nash, "nash");
        java.util.Objects.requireNonNull(kalaiSmorodinsky, "kalaiSmorodinsky");
        java.util.Objects.requireNonNull(egalitarian, "egalitarian");
        java.util.Objects.requireNonNull(maxWelfare, "maxWelfare");
        java.util.Objects.requireNonNull(geniusKalai, "geniusKalai");
    }

    /** Whether the solutions over the individually rational outcomes exist (they all do, or none does). */
    public boolean anyRational() {
        return nash.isComputed();
    }

    /** No frontier: nothing to choose from. */
    static Solutions none() {
        Computed<Point> none = Computed.notComputed(NONE_RATIONAL);
        return new Solutions(none, none, none, none, Computed.notComputed(EMPTY_FRONTIER));
    }

    /**
     * Computes every solution from the frontier (ties go to the earlier frontier point).
     *
     * @param frontier    the Pareto frontier, deduplicated
     * @param reservation one reservation value per party
     */
    static Solutions of(List<Point> frontier, double[] reservation) {
        if (frontier.isEmpty()) {
            return none();
        }
        int parties = reservation.length;
        Point geniusKalai = null;
        double bestAsym = Double.POSITIVE_INFINITY;
        double[] best = new double[parties];
        java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
        boolean anyRational = false;
        for (Point p : frontier) {
            double asym = 0;
            for (int i = 0; i < parties; i++) {
                for (int j = i + 1; j < parties; j++) {
                    asym += Math.abs(p.utility(i) - p.utility(j));
                }
            }
            if (asym < bestAsym) {
                bestAsym = asym;
                geniusKalai = p;
            }
            if (rational(p, reservation)) {
                anyRational = true;
                for (int i = 0; i < parties; i++) {
                    best[i] = Math.max(best[i], p.utility(i));
                }
            }
        }
        if (!anyRational) {
            Computed<Point> none = Computed.notComputed(NONE_RATIONAL);
            return new Solutions(none, none, none, none, Computed.of(geniusKalai));
        }
        Point nash = null;
        Point ks = null;
        Point egal = null;
        Point welfare = null;
        double nashV = Double.NEGATIVE_INFINITY;
        double ksV = Double.NEGATIVE_INFINITY;
        double ksSum = Double.NEGATIVE_INFINITY;
        double egalV = Double.NEGATIVE_INFINITY;
        double egalSum = Double.NEGATIVE_INFINITY;
        double welfareV = Double.NEGATIVE_INFINITY;
        for (Point p : frontier) {
            if (!rational(p, reservation)) {
                continue;
            }
            double product = 1;
            double minGain = Double.POSITIVE_INFINITY;
            double minShare = Double.POSITIVE_INFINITY;
            double sum = 0;
            for (int i = 0; i < parties; i++) {
                double gain = p.utility(i) - reservation[i];
                double range = best[i] - reservation[i];
                product *= gain;
                minGain = Math.min(minGain, gain);
                minShare = Math.min(minShare, range > 0 ? gain / range : 1);
                sum += p.utility(i);
            }
            if (product > nashV) {
                nashV = product;
                nash = p;
            }
            if (minShare > ksV || (minShare == ksV && sum > ksSum)) {
                ksV = minShare;
                ksSum = sum;
                ks = p;
            }
            if (minGain > egalV || (minGain == egalV && sum > egalSum)) {
                egalV = minGain;
                egalSum = sum;
                egal = p;
            }
            if (sum > welfareV) {
                welfareV = sum;
                welfare = p;
            }
        }
        return new Solutions(Computed.of(nash), Computed.of(ks), Computed.of(egal), Computed.of(welfare),
                Computed.of(geniusKalai));
    }

    static boolean rational(Point p, double[] reservation) {
        for (int i = 0; i < reservation.length; i++) {
            if (p.utility(i) < reservation[i] - Zopas.SLACK) {
                return false;
            }
        }
        return true;
    }

    /** Euclidean distance from a point's utility vector to (1, …, 1). */
    static double distanceToIdeal(Point p) {
        double s = 0;
        for (double u : p.utilities()) {
            s += (1 - u) * (1 - u);
        }
        return Math.sqrt(s);
    }
}
