package org.detente.analysis;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.detente.model.Issue;
import org.detente.model.LinearAdditiveUtility;
import org.detente.model.NegotiationCase;
import org.detente.model.Outcome;
import org.detente.model.Party;
import org.detente.model.RedLine;

/**
 * The analysis engine: pure functions from a case to immutable results.
 *
 * <pre>{@code
 * Analysis a = Analyzer.analyze(negotiationCase);
 * a.frontier();            // exact Pareto frontier
 * a.solutions().nash();    // Nash bargaining point
 * }</pre>
 */
public final class Analyzer {
    /** Utility vectors that agree within this in every component are one frontier point. */
    public static final double TOLERANCE = 1e-9;

    private Analyzer() {
    }

    /** {@link #analyze(NegotiationCase, AnalysisOptions)} with the defaults. */
    public static Analysis analyze(NegotiationCase c) {
        return analyze(c, AnalysisOptions.defaults());
    }

    /**
     * Analyses a case.
     *
     * @throws AnalysisLimitException  if the analysis would enumerate more outcomes than allowed
     * @throws IllegalStateException   if a real issue has no step (the space is a continuum)
     * @throws IllegalArgumentException if the additive method is asked for non-additive preferences
     */
    public static Analysis analyze(NegotiationCase c, AnalysisOptions options) {
        AgreementSpace space = new AgreementSpace(c);
        BigInteger total = c.domain().outcomeSpace().size();
        int parties = c.parties().size();
        double[] rv = new double[parties];
        List<Double> rvList = new ArrayList<>();
        for (int p = 0; p < parties; p++) {
            rv[p] = c.party(p).preferences().reservationValue();
            rvList.add(rv[p]);
        }
        boolean additive = c.parties().stream()
                .allMatch(p -> p.preferences().utility() instanceof LinearAdditiveUtility);
        var method = options.method();
        if (method == AnalysisOptions.FrontierMethod.ADDITIVE && !additive) {
            throw new IllegalArgumentException("the additive frontier method needs linear additive preferences for "
                    + "every party; " + nonAdditive(c) + " is not");
        }
        if (method == AnalysisOptions.FrontierMethod.SEARCH && !SearchFrontier.supports(c)) {
            throw new IllegalArgumentException("the search method needs linear additive or hyper-rectangle "
                    + "preferences for every party");
        }
        boolean useAdditive = additive && (method == AnalysisOptions.FrontierMethod.AUTO
                || method == AnalysisOptions.FrontierMethod.ADDITIVE);
        boolean search = method == AnalysisOptions.FrontierMethod.SEARCH;
        boolean fits = space.size().compareTo(BigInteger.valueOf(options.maxOutcomes())) <= 0;

        List<Point> frontier;
        Computed<Zopa> zopa;
        FrontierSource how;
        if (space.size().signum() == 0) {
            frontier = List.of();
            zopa = Computed.of(new Zopa(BigInteger.ZERO, 0, "no outcome respects every red line"));
            how = FrontierSource.EMPTY;
        } else if (useAdditive) {
            frontier = Tolerance.clean(points(c, AdditiveFrontier.outcomes(c, space)));
            how = FrontierSource.ADDITIVE_MERGE;
            zopa = Zopas.additive(c, space, rv, total, fits);
        } else if (fits && !search) {
            int n = space.size().intValueExact();
            double[][] u = Enumeration.utilities(c, space, n);
            int[] idx = ParetoKernels.frontierN(u, n);
            int[][] rows = new int[idx.length][space.issues()];
            for (int k = 0; k < idx.length; k++) {
                space.decode(idx[k], rows[k]);
            }
            frontier = Tolerance.clean(points(c, rows));
            how = FrontierSource.ENUMERATION;
            zopa = Zopas.count(u, n, rv, total, "enumerated");
        } else if (SearchFrontier.supports(c) && method != AnalysisOptions.FrontierMethod.ENUMERATE) {
            frontier = Tolerance.clean(points(c, SearchFrontier.outcomes(c, space, options.maxSearchNodes())));
            how = FrontierSource.BRANCH_AND_BOUND;
            zopa = additive ? Zopas.additive(c, space, rv, total, fits)
                    : fits ? Zopas.count(Enumeration.utilities(c, space, space.size().intValueExact()),
                            space.size().intValueExact(), rv, total, "enumerated")
                    : Computed.notComputed("not computed: counting it needs enumerating " + space.size()
                            + " outcomes, more than the enumeration limit of " + options.maxOutcomes());
        } else {
            throw new AnalysisLimitException("the agreement space has " + space.size() + " outcomes, more than "
                    + "the enumeration limit of " + options.maxOutcomes() + "; " + beyondLimit(c, space.size()));
        }
        Solutions solutions = Solutions.of(frontier, rv);
        double opposition = Double.NaN;
        for (Point p : frontier) {
            double d = Solutions.distanceToIdeal(p);
            if (!(d >= opposition)) {
                opposition = d;
            }
        }
        double anl = solutions.geniusKalai().fold(Solutions::distanceToIdeal, why -> Double.NaN);
        return new Analysis(c.partyNames(), total, space.size(), rvList, frontier, how, solutions, opposition, anl,
                zopa, TradeOffs.of(c, space));
    }

    /**
     * What a given outcome leaves on the table.
     *
     * @param c        the case
     * @param analysis its analysis
     * @param outcome  the outcome (for example, a proposed or agreed deal)
     * @return the distance to the frontier, the frontier outcomes better for every party (none of
     *         which crosses a red line) and the red lines the outcome itself crosses
     */
    public static ValueLeft valueLeft(NegotiationCase c, Analysis analysis, Outcome outcome) {
        Point at = point(c, outcome.toArray());
        double[] u = at.vector();
        double nearest = Double.POSITIVE_INFINITY;
        List<Point> better = new ArrayList<>();
        for (Point f : analysis.frontier()) {
            double[] v = f.vector();
            double d = 0;
            boolean allBetter = true;
            for (int i = 0; i < u.length; i++) {
                d += (v[i] - u[i]) * (v[i] - u[i]);
                allBetter &= v[i] > u[i] + TOLERANCE;
            }
            nearest = Math.min(nearest, Math.sqrt(d));
            if (allBetter) {
                better.add(f);
            }
        }
        better.sort(Comparator.comparingDouble((Point f) -> minGain(f, u)).reversed()
                .thenComparing(Comparator.comparingDouble((Point f) -> sum(f)).reversed()));
        boolean onFrontier = nearest <= TOLERANCE;
        return new ValueLeft(at, analysis.frontier().isEmpty() ? Double.NaN : nearest, onFrontier, better,
                crossings(c, outcome));
    }

    /** The red lines an outcome crosses, party by party in the case's order. */
    static List<RedLineCrossing> crossings(NegotiationCase c, Outcome outcome) {
        int[] values = outcome.toArray();
        List<RedLineCrossing> out = new ArrayList<>();
        for (Party p : c.parties()) {
            for (RedLine r : p.preferences().redLines()) {
                Issue issue = c.domain().issue(r.issue());
                if (!r.allows(issue, values[r.issue()])) {
                    out.add(new RedLineCrossing(p.name(), issue.name(), issue.label(values[r.issue()]), r));
                }
            }
        }
        return out;
    }

    private static double minGain(Point f, double[] u) {
        double m = Double.POSITIVE_INFINITY;
        for (int i = 0; i < u.length; i++) {
            m = Math.min(m, f.utility(i) - u[i]);
        }
        return m;
    }

    private static double sum(Point f) {
        double s = 0;
        for (double x : f.utilities()) {
            s += x;
        }
        return s;
    }

    /** The point of an outcome: its utility for every party, with each party's own arithmetic. */
    public static Point point(NegotiationCase c, int[] values) {
        List<Double> us = new ArrayList<>(c.parties().size());
        for (Party p : c.parties()) {
            us.add(p.utility(values));
        }
        return new Point(new Outcome(values), us);
    }

    private static List<Point> points(NegotiationCase c, int[][] rows) {
        List<Point> out = new ArrayList<>(rows.length);
        for (int[] r : rows) {
            out.add(point(c, r));
        }
        return out;
    }

    /** What to do about a space that the enumeration limit refuses: only advice that can be followed. */
    private static String beyondLimit(NegotiationCase c, BigInteger size) {
        boolean searchable = SearchFrontier.supports(c);
        if (size.compareTo(BigInteger.valueOf(AnalysisOptions.LARGEST_MAX_OUTCOMES)) > 0) {
            return "no limit can reach it (enumeration holds at most " + AnalysisOptions.LARGEST_MAX_OUTCOMES
                    + " outcomes)" + (searchable ? ": the AUTO and SEARCH methods find this frontier exactly without "
                    + "enumerating it" : ", and " + nonAdditive(c) + " has preferences that need enumeration");
        }
        return (searchable ? "the AUTO and SEARCH methods find this frontier without enumerating it, or raise "
                : nonAdditive(c) + " has preferences that need enumeration: raise ")
                + "the limit if memory allows (8 bytes per outcome per party)";
    }

    private static String nonAdditive(NegotiationCase c) {
        for (Party p : c.parties()) {
            if (!(p.preferences().utility() instanceof LinearAdditiveUtility)) {
                return "party '" + p.name() + "'";
            }
        }
        return "no party";
    }
}
