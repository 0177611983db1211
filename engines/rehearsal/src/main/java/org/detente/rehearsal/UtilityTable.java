package org.detente.rehearsal;

import org.detente.model.LinearAdditiveUtility;
import org.detente.model.Odometer;
import org.detente.model.OutcomeSpace;
import org.detente.model.Preferences;

/**
 * One party's utility of every outcome, computed once, with the outcomes also ranked best first so
 * that a target utility is found by binary search rather than a scan of the whole space.
 *
 * <p>Red lines: the outcomes the party's own red lines refuse keep their utility (so that others'
 * agreements can still be scored) but are left out of the ranking, so that an agent choosing its
 * offers by rank never proposes one; {@link #permits(long)} tells an agent whether it may accept an
 * outcome. The protocol forfeits a party that offers or accepts an outcome its own red lines refuse.
 *
 * <p>Immutable once built (its arrays never leave it) and safe to share between sessions and
 * threads. Utilities use the party's own arithmetic: for linear additive functions the weighted
 * contributions are summed in issue order, exactly as {@link LinearAdditiveUtility#utility(int[])}.
 */
public final class UtilityTable {
    private final Preferences preferences;
    private final OutcomeSpace space;
    private final double[] utility;
    private final boolean[] refused;
    private final int[] ranked;
    private final double[] rankedUtility;

    private UtilityTable(Preferences preferences, OutcomeSpace space, double[] utility, boolean[] refused,
                         int[] ranked, double[] rankedUtility) {
        this.preferences = preferences;
        this.space = space;
        this.utility = utility;
        this.refused = refused;
        this.ranked = ranked;
        this.rankedUtility = rankedUtility;
    }

    /**
     * Builds the table for one party.
     *
     * @param preferences the party's preferences
     * @param maxOutcomes refuse spaces larger than this
     * @throws IllegalArgumentException if the space is not enumerable or larger than {@code maxOutcomes},
     *                                  or if the party's red lines refuse every outcome
     */
    public static UtilityTable of(Preferences preferences, long maxOutcomes) {
        OutcomeSpace space = preferences.utility().domain().outcomeSpace();
        if (!space.enumerable()) {
            throw new IllegalArgumentException("sessions need an enumerable outcome space: "
                    + "give every real issue a step");
        }
        long limit = Math.min(maxOutcomes, Integer.MAX_VALUE - 8);
        if (!space.indexable() || space.longSize() > limit) {
            throw new IllegalArgumentException("the outcome space has " + space.size()
                    + " outcomes; sessions handle at most " + limit);
        }
        int n = (int) space.longSize();
        double[] u = preferences.utility() instanceof LinearAdditiveUtility lin ? additive(lin, space, n)
                : general(preferences, space, n);
        boolean[] refused = refused(preferences, space, n);
        int[] order = permitted(refused, n);
        if (order.length == 0) {
            throw new IllegalArgumentException("the party's red lines refuse every outcome: it can agree to nothing");
        }
        double[] ru = RankSort.descending(u, order);
        return new UtilityTable(preferences, space, u, refused, order, ru);
    }

    /** Which outcomes the party's red lines refuse, or null when it has none. */
    private static boolean[] refused(Preferences p, OutcomeSpace space, int n) {
        if (p.redLines().isEmpty()) {
            return null;
        }
        int issues = space.domain().size();
        boolean[][] allowed = new boolean[issues][];
        for (int i = 0; i < issues; i++) {
            allowed[i] = new boolean[space.domain().issue(i).cardinality()];
            for (int v = 0; v < allowed[i].length; v++) {
                allowed[i][v] = p.allows(i, v);
            }
        }
        boolean[] refused = new boolean[n];
        int[] digits = new int[issues];
        int[] radix = new int[issues];
        for (int i = 0; i < issues; i++) {
            radix[i] = allowed[i].length;
        }
        for (int k = 0; k < n; k++) {
            boolean ok = true;
            for (int i = 0; i < issues && ok; i++) {
                ok = allowed[i][digits[i]];
            }
            refused[k] = !ok;
            Odometer.next(digits, radix);
        }
        return refused;
    }

    /** The indices of the permitted outcomes, ascending. */
    private static int[] permitted(boolean[] refused, int n) {
        int m = n;
        if (refused != null) {
            for (boolean r : refused) {
                m -= r ? 1 : 0;
            }
        }
        int[] order = new int[m];
        for (int k = 0, j = 0; k < n; k++) {
            if (refused == null || !refused[k]) {
                order[j++] = k;
            }
        }
        return order;
    }

    private static double[] additive(LinearAdditiveUtility lin, OutcomeSpace space, int n) {
        int issues = space.domain().size();
        double[][] c = new double[issues][];
        for (int i = 0; i < issues; i++) {
            c[i] = lin.contributions(i);
        }
        double[] u = new double[n];
        int[] digits = new int[issues];
        int[] radix = Odometer.radix(c);
        for (int k = 0; k < n; k++) {
            double s = 0;
            for (int i = 0; i < issues; i++) {
                s += c[i][digits[i]];
            }
            u[k] = s;
            Odometer.next(digits, radix);
        }
        return u;
    }

    private static double[] general(Preferences p, OutcomeSpace space, int n) {
        double[] u = new double[n];
        int[] v = new int[space.domain().size()];
        for (int k = 0; k < n; k++) {
            space.decode(k, v);
            u[k] = p.utility().utility(v);
        }
        return u;
    }

    /** The preferences this table was built from. */
    public Preferences preferences() {
        return preferences;
    }

    /** The outcome space. */
    public OutcomeSpace space() {
        return space;
    }

    /** Number of outcomes, refused ones included. */
    public int size() {
        return utility.length;
    }

    /** Number of ranked outcomes: those the party's red lines permit (ranks run from 0 to this − 1). */
    public int ranks() {
        return ranked.length;
    }

    /** Whether the party's own red lines permit {@code outcome} (a valid index). */
    public boolean permits(long outcome) {
        return refused == null || !refused[(int) outcome];
    }

    /** Undiscounted utility of outcome {@code outcome}. */
    public double utility(long outcome) {
        return utility[(int) outcome];
    }

    /** Whether {@code outcome} is a valid index of this space. */
    public boolean contains(long outcome) {
        return outcome >= 0 && outcome < utility.length;
    }

    /** The permitted outcome of rank {@code rank} (0 = best; ties by ascending index). */
    public int outcomeAt(int rank) {
        return ranked[rank];
    }

    /** Utility of the outcome of rank {@code rank}. */
    public double utilityAt(int rank) {
        return rankedUtility[rank];
    }

    /** Highest utility of a permitted outcome. */
    public double best() {
        return rankedUtility[0];
    }

    /** Lowest utility of a permitted outcome. */
    public double worst() {
        return rankedUtility[rankedUtility.length - 1];
    }

    /** Reservation value (utility of no agreement). */
    public double reservationValue() {
        return preferences.reservationValue();
    }

    /**
     * The largest rank whose utility is at least {@code target} (the least good outcome still
     * meeting it), or -1 when even the best outcome falls short.
     */
    public int lastRankAtLeast(double target) {
        int lo = 0;
        int hi = rankedUtility.length - 1;
        if (rankedUtility[0] < target) {
            return -1;
        }
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (rankedUtility[mid] >= target) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /**
     * {@link #lastRankAtLeast(double)} searching outward from {@code hint}, a previous answer: when
     * targets move little between calls (a time-dependent agent's do), the search stays within a few
     * neighbouring, cached entries instead of probing the whole array.
     */
    public int lastRankAtLeast(double target, int hint) {
        int n = rankedUtility.length;
        int h = Math.max(0, Math.min(n - 1, hint));
        int lo;
        int hi;
        if (rankedUtility[h] >= target) {
            lo = h;
            hi = h + 1;
            for (int step = 1; hi < n && rankedUtility[hi] >= target; step <<= 1) {
                lo = hi;
                hi = h + (step << 1);
            }
            hi = Math.min(hi, n);
        } else {
            hi = h;
            lo = h - 1;
            for (int step = 1; lo >= 0 && rankedUtility[lo] < target; step <<= 1) {
                hi = lo;
                lo = h - (step << 1);
            }
            if (lo < 0) {
                if (rankedUtility[0] < target) {
                    return -1;
                }
                lo = 0;
            }
        }
        // rankedUtility[lo] >= target; every rank from hi on is below it
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (rankedUtility[mid] >= target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The rank whose utility is nearest {@code target} (GENIUS's "bid near utility"); ties to the better. */
    public int rankNearest(double target) {
        return nearest(target, lastRankAtLeast(target));
    }

    /** {@link #rankNearest(double)}, searching from {@code hint} (see {@link #lastRankAtLeast(double, int)}). */
    public int rankNearest(double target, int hint) {
        return nearest(target, lastRankAtLeast(target, hint));
    }

    private int nearest(double target, int r) {
        if (r < 0) {
            return 0;
        }
        if (r + 1 < rankedUtility.length && target - rankedUtility[r + 1] < rankedUtility[r] - target) {
            return r + 1;
        }
        return r;
    }
}
