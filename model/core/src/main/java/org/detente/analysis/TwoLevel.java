package org.detente.analysis;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.detente.model.Domain;
import org.detente.model.LinearAdditiveUtility;
import org.detente.model.NegotiationCase;
import org.detente.model.Odometer;
import org.detente.model.Party;
import org.detente.model.Preferences;
import org.detente.model.Ratifier;
import org.detente.model.UtilityFunction;

/**
 * Two-level acceptability: win-sets, the packages ratifiable on every side, and the shrinking of
 * the ZOPA. One pass over every outcome of the domain, with an odometer that keeps per-issue partial
 * sums for every linear additive constraint (amortised O(constraints) per outcome, nothing allocated
 * per outcome). The packages ratifiable on every side are kept (4 + 8·parties bytes each) for their
 * Pareto frontier. Spaces larger than the enumeration limit are not counted: the result says so.
 *
 * <pre>{@code
 * TwoLevelAnalysis t = TwoLevel.analyze(negotiationCase, AnalysisOptions.defaults()).orElseThrow();
 * t.ratifiable();   // packages every side can sign and ratify
 * t.zopaShrink();   // share of the ZOPA that ratification removes
 * }</pre>
 */
public final class TwoLevel {
    private TwoLevel() {
    }

    /**
     * Analyses the case's ratifiers.
     *
     * @param c       the case
     * @param options the enumeration limit ({@link AnalysisOptions#maxOutcomes()}) is the one used
     * @return the counts, or a result that says why they were not computed
     * @throws IllegalStateException if a real issue has no step (the space is a continuum)
     */
    public static Computed<TwoLevelAnalysis> analyze(NegotiationCase c, AnalysisOptions options) {
        Domain domain = c.domain();
        BigInteger total = domain.outcomeSpace().size();
        int parties = c.parties().size();
        if (total.compareTo(BigInteger.valueOf(options.maxOutcomes())) > 0) {
            return Computed.notComputed("not computed: the domain has " + total + " outcomes, more than the "
                    + "enumeration limit of " + options.maxOutcomes());
        }
        List<Ratifier> ratifiers = c.preparation().ratifiers();
        int k = parties + ratifiers.size();
        Constraint[] cons = new Constraint[k];
        int[] owner = new int[k];
        for (int p = 0; p < parties; p++) {
            Preferences prefs = c.party(p).preferences();
            cons[p] = new Constraint(domain, prefs.utility(), prefs, prefs.reservationValue());
            owner[p] = p;
        }
        for (int r = 0; r < ratifiers.size(); r++) {
            Ratifier rat = ratifiers.get(r);
            cons[parties + r] = new Constraint(domain, rat.utility(), null, rat.threshold());
            owner[parties + r] = c.partyIndex(rat.party());
        }
        Counts counts = count(domain, cons, owner, parties, total.longValueExact());

        List<WinSet> winSets = new ArrayList<>();
        for (int p = 0; p < parties; p++) {
            Party party = c.party(p);
            List<WinSet.RatifierCount> rc = new ArrayList<>();
            for (int r = 0; r < ratifiers.size(); r++) {
                if (owner[parties + r] == p) {
                    Ratifier rat = ratifiers.get(r);
                    rc.add(new WinSet.RatifierCount(rat.name(), rat.threshold(), big(counts.accepts[parties + r]),
                            big(counts.zopaVetoes[parties + r])));
                }
            }
            winSets.add(new WinSet(party.name(), big(counts.own[p]), big(counts.winSet[p]),
                    counts.winSet[p] / total.doubleValue(), rc));
        }
        List<Point> frontier = frontier(c, counts);
        return Computed.of(new TwoLevelAnalysis(total, big(counts.zopa), big(counts.ratifiable), winSets, frontier));
    }

    private static BigInteger big(long n) {
        return BigInteger.valueOf(n);
    }

    /** One acceptance test: a utility (with the holder's red lines, if any) at or above a threshold. */
    private static final class Constraint {
        final double[][] table; // contributions per issue and value, -∞ where a red line refuses; null if generic
        final UtilityFunction generic;
        final Preferences redLines;
        final double threshold;

        Constraint(Domain domain, UtilityFunction f, Preferences redLines, double threshold) {
            this.threshold = threshold - Zopas.SLACK;
            this.redLines = redLines;
            if (f instanceof LinearAdditiveUtility lin) {
                table = new double[domain.size()][];
                for (int i = 0; i < domain.size(); i++) {
                    table[i] = lin.contributions(i);
                    for (int v = 0; v < table[i].length && redLines != null; v++) {
                        if (!redLines.allows(i, v)) {
                            table[i][v] = Double.NEGATIVE_INFINITY;
                        }
                    }
                }
                generic = null;
            } else {
                table = null;
                generic = f;
            }
        }
    }

    /** What one pass over the domain finds. */
    private static final class Counts {
        long[] own;
        long[] winSet;
        long[] accepts;
        long[] zopaVetoes;
        long zopa;
        long ratifiable;
        double[][] u; // utilities of the ratifiable packages, per party
        int[] index; // their mixed-radix indices (n fits an int: it is within the enumeration limit)
    }

    private static Counts count(Domain domain, Constraint[] cons, int[] owner, int parties, long n) {
        int m = domain.size();
        int k = cons.length;
        int[] radix = new int[m];
        for (int i = 0; i < m; i++) {
            radix[i] = domain.issue(i).cardinality();
        }
        Counts out = new Counts();
        out.own = new long[parties];
        out.winSet = new long[parties];
        out.accepts = new long[k];
        out.zopaVetoes = new long[k];
        int cap = 1024;
        out.u = new double[parties][cap];
        out.index = new int[cap];

        int last = m - 1;
        int[] values = new int[m];
        double[][] partial = new double[k][m]; // partial[c][j]: sum over issues 0..j-1
        for (int c = 0; c < k; c++) {
            refresh(cons[c], partial[c], values, 1, m);
        }
        double[] u = new double[k];
        boolean[] sat = new boolean[k];
        boolean[] ownOk = new boolean[parties];
        boolean[] winOk = new boolean[parties];
        long idx = 0;
        while (idx < n) {
            for (int v = 0; v < radix[last]; v++, idx++) {
                values[last] = v;
                for (int c = 0; c < k; c++) {
                    Constraint con = cons[c];
                    if (con.table != null) {
                        u[c] = partial[c][last] + con.table[last][v];
                        sat[c] = u[c] >= con.threshold;
                    } else {
                        u[c] = con.generic.utility(values);
                        sat[c] = u[c] >= con.threshold && (con.redLines == null || con.redLines.allows(values));
                    }
                    if (sat[c]) {
                        out.accepts[c]++;
                    }
                }
                boolean zopa = true;
                boolean all = true;
                for (int p = 0; p < parties; p++) {
                    ownOk[p] = sat[p];
                    winOk[p] = sat[p];
                    zopa &= sat[p];
                }
                for (int c = parties; c < k; c++) {
                    winOk[owner[c]] &= sat[c];
                }
                for (int p = 0; p < parties; p++) {
                    if (ownOk[p]) {
                        out.own[p]++;
                    }
                    if (winOk[p]) {
                        out.winSet[p]++;
                    }
                    all &= winOk[p];
                }
                if (zopa) {
                    out.zopa++;
                    for (int c = parties; c < k; c++) {
                        if (!sat[c]) {
                            out.zopaVetoes[c]++;
                        }
                    }
                }
                if (all) {
                    if (out.ratifiable == out.index.length) {
                        int grown = (int) Math.min(Integer.MAX_VALUE - 8L, 2L * out.index.length);
                        out.index = Arrays.copyOf(out.index, grown);
                        for (int p = 0; p < parties; p++) {
                            out.u[p] = Arrays.copyOf(out.u[p], grown);
                        }
                    }
                    int at = (int) out.ratifiable++;
                    out.index[at] = (int) idx;
                    for (int p = 0; p < parties; p++) {
                        out.u[p][at] = u[p];
                    }
                }
            }
            int j = Odometer.next(values, radix, last); // issues 0..last-1; the last one is the inner loop
            if (j < 0) {
                break;
            }
            for (int c = 0; c < k; c++) {
                refresh(cons[c], partial[c], values, j + 1, m);
            }
        }
        return out;
    }

    /** Recomputes partial sums from issue {@code from} (≥ 1) on, left to right like the utility itself. */
    private static void refresh(Constraint con, double[] partial, int[] values, int from, int m) {
        if (con.table == null) {
            return;
        }
        for (int j = from; j < m; j++) {
            partial[j] = partial[j - 1] + con.table[j - 1][values[j - 1]];
        }
    }

    private static List<Point> frontier(NegotiationCase c, Counts counts) {
        int n = (int) counts.ratifiable;
        if (n == 0) {
            return List.of();
        }
        int[] idx = ParetoKernels.frontierN(counts.u, n);
        Domain domain = c.domain();
        int m = domain.size();
        List<Point> points = new ArrayList<>(idx.length);
        for (int i : idx) {
            long code = counts.index[i];
            int[] values = new int[m];
            for (int j = m - 1; j >= 0; j--) {
                int r = domain.issue(j).cardinality();
                values[j] = (int) (code % r);
                code /= r;
            }
            points.add(Analyzer.point(c, values));
        }
        return Tolerance.clean(points);
    }
}
