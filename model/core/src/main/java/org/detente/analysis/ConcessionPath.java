package org.detente.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Predicate;

import org.detente.model.NegotiationCase;
import org.detente.model.Party;
import org.detente.analysis.RobustnessAnalysis.Clip;

/**
 * The path of concessions a plan walks down, through a given package (the best target): a pure
 * function of our per-issue contributions, the counterpart's as we believe them, the red lines and
 * what can be signed and ratified.
 *
 * <p>Above the target, the path is built backward: from the target, concessions are taken back one
 * at a time — first the one worth least to the counterpart per unit of utility it gives us — as long
 * as the package stays viable (we can sign it and both sides can ratify it) and no stated red line
 * refuses it; read forward, those are the concessions from the most ambitious viable package down to
 * the target, the ones worth most to them per unit of cost to us first. Below the target, each issue
 * goes on conceding along its efficient values while the value to them still rises (a concession
 * they do not value is never made), best value to them per unit of cost to us first; a concession to
 * a package we could not sign (our reservation value, our red lines, our ratifiers) ends that issue's
 * concessions. Each issue's moves follow the upper convex hull of (our contribution, theirs), so that
 * a cheaper concession is never made after a dearer one on the same issue, and collinear values are
 * kept as separate, smaller steps.
 *
 * <p>So, per issue, our evaluation of the value offered never rises again once it has fallen: the
 * path never takes a concession back. Work: O(Σ values · log values) for the hulls, then O(log
 * issues) and one viability check per step; at most Σ (values − 1) steps.
 */
final class ConcessionPath {
    /** Turns within this of zero are straight: collinear values stay on the hull despite rounding. */
    private static final double COLLINEAR = 1e-12;

    private ConcessionPath() {
    }

    /**
     * The path.
     *
     * @param packages the packages, the most ambitious first; consecutive packages differ in one
     *                 issue, a concession
     * @param through  the index of the package the path was asked to pass through
     * @param clips    the issues on which a stated red line keeps the first package from our best value
     */
    record Path(List<int[]> packages, int through, List<Clip> clips) {
        Path {
            packages = List.copyOf(packages);
            clips = List.copyOf(clips);
        }
    }

    /**
     * Walks the path through {@code through}.
     *
     * @param c        the case (its parties' red lines)
     * @param us       our party's index
     * @param ours     issue → value → our contribution w·e(v)
     * @param theirs   issue → value → the counterpart's expected contribution
     * @param through  the package the path passes through (value indices), e.g. the best target
     * @param viable   whether a package can be signed and ratified (value indices; not kept)
     * @param signable whether we can sign a package (value indices; not kept)
     */
    static Path walk(NegotiationCase c, int us, double[][] ours, double[][] theirs, int[] through,
                     Predicate<int[]> viable, Predicate<int[]> signable) {
        int m = ours.length;
        int[][] up = new int[m][];
        int[][] down = new int[m][];
        for (int i = 0; i < m; i++) {
            boolean[] allowed = allowed(c, i);
            allowed[through[i]] = true;   // the package given is on the path, whoever's red line it crosses
            up[i] = chain(ours[i], theirs[i], allowed, through[i], 1);
            down[i] = chain(ours[i], theirs[i], allowed, through[i], -1);
        }
        List<int[]> above = new ArrayList<>();
        int[] cur = through.clone();
        merge(ours, theirs, up, -1, cur, above, viable);
        Collections.reverse(above);
        List<int[]> packages = new ArrayList<>(above);
        packages.add(through.clone());
        int at = packages.size() - 1;
        cur = through.clone();
        merge(ours, theirs, down, 1, cur, packages, signable);
        return new Path(packages, at, clips(c, us, ours, packages.get(0)));
    }

    /**
     * Applies the issues' chains to {@code cur}, adding each package, in order of {@code sign} ×
     * (value to them per unit of cost to us), largest first; a move to a package {@code ok} refuses
     * (when {@code cur} passes it) ends that issue's chain.
     */
    private static void merge(double[][] ours, double[][] theirs, int[][] chains, int sign, int[] cur,
                              List<int[]> packages, Predicate<int[]> ok) {
        int m = chains.length;
        int[] next = new int[m];
        PriorityQueue<Integer> queue = new PriorityQueue<>((a, b) -> {
            int k = Double.compare(sign * ratio(ours, theirs, chains, next, b), sign * ratio(ours, theirs, chains, next, a));
            return k != 0 ? k : Integer.compare(a, b);
        });
        for (int i = 0; i < m; i++) {
            if (chains[i].length > 1) {
                next[i] = 1;
                queue.add(i);
            }
        }
        while (!queue.isEmpty()) {
            int i = queue.poll();
            boolean before = ok.test(cur);
            int from = cur[i];
            cur[i] = chains[i][next[i]];
            if (before && !ok.test(cur)) {
                cur[i] = from;
                continue;
            }
            packages.add(cur.clone());
            if (++next[i] < chains[i].length) {
                queue.add(i);
            }
        }
    }

    /** Issue i's next move: value to them per unit of cost to us (∞ when it costs us nothing). */
    private static double ratio(double[][] ours, double[][] theirs, int[][] chains, int[] next, int i) {
        int a = chains[i][next[i] - 1];
        int b = chains[i][next[i]];
        double cost = ours[i][a] - ours[i][b];
        double gain = theirs[i][b] - theirs[i][a];
        return cost == 0 ? Double.POSITIVE_INFINITY : gain / cost;
    }

    /** The values no stated red line refuses. */
    private static boolean[] allowed(NegotiationCase c, int issue) {
        int n = c.domain().issue(issue).cardinality();
        boolean[] ok = new boolean[n];
        for (int v = 0; v < n; v++) {
            ok[v] = true;
            for (Party p : c.parties()) {
                ok[v] &= p.preferences().allows(issue, v);
            }
        }
        return ok;
    }

    /** The issues on which another party's stated red line refuses our best value (ours permitting it). */
    private static List<Clip> clips(NegotiationCase c, int us, double[][] ours, int[] top) {
        List<Clip> out = new ArrayList<>();
        Party self = c.party(us);
        for (int i = 0; i < ours.length; i++) {
            int best = -1;
            for (int v = 0; v < ours[i].length; v++) {
                if (self.preferences().allows(i, v) && (best < 0 || ours[i][v] > ours[i][best])) {
                    best = v;
                }
            }
            if (best < 0 || ours[i][best] <= ours[i][top[i]]) {
                continue;
            }
            List<String> refusedBy = new ArrayList<>();
            for (int p = 0; p < c.parties().size(); p++) {
                if (p != us && !c.party(p).preferences().allows(i, best)) {
                    refusedBy.add(c.party(p).name());
                }
            }
            if (!refusedBy.isEmpty()) {
                boolean[] allowed = allowed(c, i);
                int ok = top[i];
                for (int v = 0; v < ours[i].length; v++) {
                    if (allowed[v] && ours[i][v] > ours[i][ok]) {
                        ok = v;
                    }
                }
                out.add(new Clip(i, best, ok, top[i], refusedBy));
            }
        }
        return out;
    }

    /**
     * The efficient moves on one issue from value {@code from}: toward the counterpart
     * ({@code direction} −1, concessions: values cheaper for us, while the value to them rises) or
     * toward us ({@code direction} +1, concessions taken back: values better for us). Either way the
     * upper hull of the allowed values' (our contribution, theirs), walked away from {@code from};
     * collinear values are kept, so that each move is as small as the hull allows.
     */
    static int[] chain(double[] ours, double[] theirs, boolean[] allowed, int from, int direction) {
        List<Integer> pts = new ArrayList<>();
        for (int v = 0; v < ours.length; v++) {
            boolean beyond = direction < 0 ? ours[v] < ours[from] && theirs[v] > theirs[from] : ours[v] > ours[from];
            if (allowed[v] && beyond) {
                pts.add(v);
            }
        }
        // nearest to `from` first; among equal contributions to us, the best for them only
        pts.sort((a, b) -> ours[a] != ours[b] ? direction * Double.compare(ours[a], ours[b])
                : Double.compare(theirs[b], theirs[a]));
        int[] hull = new int[pts.size() + 1];
        int h = 0;
        hull[h++] = from;
        double lastX = Double.NaN;
        for (int v : pts) {
            if (ours[v] == lastX) {
                continue;
            }
            lastX = ours[v];
            while (h >= 2 && cross(ours, theirs, direction, hull[h - 2], hull[h - 1], v) > COLLINEAR) {
                h--;
            }
            hull[h++] = v;
        }
        if (direction > 0) {
            return Arrays.copyOf(hull, h);
        }
        int k = 1;
        while (k < h && theirs[hull[k]] > theirs[hull[k - 1]]) {
            k++;
        }
        return Arrays.copyOf(hull, k);
    }

    /**
     * With X = direction · (our contribution − o's), Y = their contribution: positive when a lies
     * below the segment o–b, so that a is not a vertex of the upper hull.
     */
    private static double cross(double[] ours, double[] theirs, int direction, int o, int a, int b) {
        double ax = direction * (ours[a] - ours[o]);
        double ay = theirs[a] - theirs[o];
        double bx = direction * (ours[b] - ours[o]);
        double by = theirs[b] - theirs[o];
        return ax * by - ay * bx;
    }
}
