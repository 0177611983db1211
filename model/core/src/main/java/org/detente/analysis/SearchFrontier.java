package org.detente.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.detente.model.HyperRectangleUtility;
import org.detente.model.LinearAdditiveUtility;
import org.detente.model.NegotiationCase;
import org.detente.model.UtilityFunction;

/**
 * The exact Pareto frontier of spaces too large to enumerate, for linear additive and
 * hyper-rectangle preferences: depth-first branch and bound over the issues.
 *
 * <p>Each party gives an upper bound on its utility below a partial assignment (additive: the
 * partial sum plus the best of each open issue; hyper-rectangles: the rectangles already satisfied
 * plus every positive rectangle still open, divided by the normaliser and capped at 1). A subtree
 * whose vector of upper bounds is weakly dominated by a point already found cannot hold a new
 * frontier point and is skipped. Values of an issue that no party can tell apart are explored
 * once. The search is exact; its cost depends on how well the bounds prune, so it runs under a
 * budget of visited nodes and refuses (never truncates) beyond it.
 */
final class SearchFrontier {
    private final AgreementSpace space;
    private final NegotiationCase c;
    private final PartyBounds[] bounds;
    private final int[] order;      // issue visited at each depth
    private final int[][] choices;  // per issue: one allowed value per class of indistinguishable values
    private final int[] values;
    private final double[][] scores;
    private final int[][] ranks;
    private final long budget;
    private long nodes;
    private final List<double[]> found = new ArrayList<>();
    private final List<int[]> outcomes = new ArrayList<>();

    private SearchFrontier(NegotiationCase c, AgreementSpace space, long budget) {
        this.c = c;
        this.space = space;
        this.budget = budget;
        int parties = c.parties().size();
        int m = space.issues();
        bounds = new PartyBounds[parties];
        for (int p = 0; p < parties; p++) {
            UtilityFunction f = c.party(p).preferences().utility();
            if (f instanceof LinearAdditiveUtility lin) {
                bounds[p] = new AdditiveBounds(lin, space);
            } else if (f instanceof HyperRectangleUtility h) {
                bounds[p] = new RectangleBounds(h, space);
            } else {
                throw new AssertionError(f);
            }
        }
        choices = new int[m][];
        Integer[] byWeight = new Integer[m];
        for (int i = 0; i < m; i++) {
            choices[i] = distinctValues(i);
            byWeight[i] = i;
        }
        // most discriminating issues first: more classes, then more bounds
        Arrays.sort(byWeight, (a, b) -> Integer.compare(choices[b].length, choices[a].length));
        order = new int[m];
        for (int k = 0; k < m; k++) {
            order[k] = byWeight[k];
        }
        for (PartyBounds b : bounds) {
            b.prepare(order);
        }
        values = new int[m];
        scores = new double[m][];
        ranks = new int[m][];
        for (int d = 0; d < m; d++) {
            scores[d] = new double[choices[order[d]].length];
            ranks[d] = new int[choices[order[d]].length];
        }
    }

    /** Whether every party's preferences can be bounded by this search. */
    static boolean supports(NegotiationCase c) {
        return c.parties().stream().allMatch(p -> p.preferences().utility() instanceof LinearAdditiveUtility
                || p.preferences().utility() instanceof HyperRectangleUtility);
    }

    /**
     * Frontier outcomes as domain value indices (exact in doubles, one per distinct vector).
     *
     * @throws AnalysisLimitException if the search visits more than {@code budget} nodes
     */
    static int[][] outcomes(NegotiationCase c, AgreementSpace space, long budget) {
        SearchFrontier s = new SearchFrontier(c, space, budget);
        s.search(0);
        return s.outcomes.toArray(new int[0][]);
    }

    private int[] distinctValues(int issue) {
        int[] allowed = space.allowed(issue);
        int[] keep = new int[allowed.length];
        int k = 0;
        for (int v : allowed) {
            boolean same = false;
            for (int j = 0; j < k && !same; j++) {
                same = true;
                for (PartyBounds b : bounds) {
                    same &= b.indistinguishable(issue, v, keep[j]);
                }
            }
            if (!same) {
                keep[k++] = v;
            }
        }
        return Arrays.copyOf(keep, k);
    }

    private void search(int depth) {
        if (++nodes > budget) {
            throw new AnalysisLimitException("the exact branch-and-bound frontier search visited more than " + budget
                    + " nodes without finishing; raise --max-search-nodes to let it run longer");
        }
        if (depth == order.length) {
            leaf();
            return;
        }
        int issue = order[depth];
        int[] vs = choices[issue];
        // most promising values first (largest sum of upper bounds), so strong points are found early
        double[] score = scores[depth];
        int[] ranked = ranks[depth];
        for (int k = 0; k < vs.length; k++) {
            assign(depth, issue, vs[k]);
            double sum = 0;
            for (PartyBounds b : bounds) {
                sum += b.upper();
            }
            score[k] = -sum;
            ranked[k] = vs[k];
            undo(depth);
        }
        sortByScore(score, ranked, vs.length);
        for (int k = 0; k < vs.length; k++) {
            int v = ranked[k];
            assign(depth, issue, v);
            if (!prunable()) {
                search(depth + 1);
            }
            undo(depth);
        }
    }

    private void assign(int depth, int issue, int v) {
        values[issue] = v;
        for (PartyBounds b : bounds) {
            b.assign(depth, issue, v);
        }
    }

    private void undo(int depth) {
        for (int p = bounds.length - 1; p >= 0; p--) {
            bounds[p].undo(depth);
        }
    }

    /** Insertion sort of a few values by ascending score. */
    private static void sortByScore(double[] score, int[] v, int n) {
        for (int i = 1; i < n; i++) {
            double s = score[i];
            int x = v[i];
            int j = i - 1;
            while (j >= 0 && score[j] > s) {
                score[j + 1] = score[j];
                v[j + 1] = v[j];
                j--;
            }
            score[j + 1] = s;
            v[j + 1] = x;
        }
    }

    private boolean prunable() {
        double[] ub = new double[bounds.length];
        for (int p = 0; p < bounds.length; p++) {
            ub[p] = bounds[p].upper();
        }
        for (double[] f : found) {
            boolean covers = true;
            for (int p = 0; p < ub.length && covers; p++) {
                covers = f[p] >= ub[p];
            }
            if (covers) {
                return true;
            }
        }
        return false;
    }

    private void leaf() {
        double[] u = new double[bounds.length];
        for (int p = 0; p < u.length; p++) {
            u[p] = c.party(p).utility(values);
        }
        for (double[] f : found) {
            boolean weakly = true;
            for (int p = 0; p < u.length && weakly; p++) {
                weakly = f[p] >= u[p];
            }
            if (weakly) {
                return;
            }
        }
        for (int k = found.size() - 1; k >= 0; k--) {
            double[] f = found.get(k);
            boolean weakly = true;
            for (int p = 0; p < u.length && weakly; p++) {
                weakly = u[p] >= f[p];
            }
            if (weakly) {
                found.remove(k);
                outcomes.remove(k);
            }
        }
        found.add(u);
        outcomes.add(values.clone());
    }
}
