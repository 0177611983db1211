package org.detente.conflict.statusquo;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.detente.analysis.AnalysisLimitException;
import org.detente.conflict.stability.CoalitionResult;
import org.detente.conflict.stability.Coalitions;
import org.detente.conflict.stability.Concept;
import org.detente.conflict.stability.StabilityResult;
import org.detente.conflict.stability.StateSpace;

/**
 * Status quo analysis: from a given state, where can the conflict go, and how can it reach each
 * equilibrium — by unilateral improvements (each decision maker moving only to a state it prefers,
 * no one twice in a row) and by coalition improvements (a coalition moving, by a legal sequence of
 * its members' moves, to a state every member prefers; single decision makers count as coalitions;
 * no coalition twice in a row). Paths are shortest (fewest steps), found breadth-first.
 */
public final class StatusQuo {
    /**
     * The most feasible states for which coalition paths are searched: the search lists every
     * visited state's coalition improvements, which grows with the square of the states (4,096
     * states take about 4 s).
     */
    public static final int COALITION_PATH_LIMIT = 4096;

    private StatusQuo() {
    }

    /**
     * Analyses a status quo.
     *
     * @param stability  the stability analysis
     * @param coalitions the coalition analysis of the same space
     * @param statusQuo  the status quo's state number
     * @return the reachable states and the routes to each equilibrium
     * @throws IllegalArgumentException if there is no such state
     * @throws AnalysisLimitException   if the coalition analysis has coalitions and the conflict has
     *                                  more than {@link #COALITION_PATH_LIMIT} feasible states
     */
    public static StatusQuoResult analyze(StabilityResult stability, CoalitionResult coalitions, int statusQuo) {
        StateSpace space = stability.space();
        if (statusQuo < 1 || statusQuo > space.size()) {
            throw new IllegalArgumentException("status quo " + statusQuo + ": there is no such state (the feasible states are 1.."
                    + space.size() + ")");
        }
        if (!coalitions.coalitions().isEmpty() && space.size() > COALITION_PATH_LIMIT) {
            throw new AnalysisLimitException("coalition paths from the status quo are searched for at most "
                    + COALITION_PATH_LIMIT + " feasible states, and this conflict has " + space.size()
                    + " (the search grows with their square); without coalitions (--no-coalitions) the unilateral paths are found");
        }
        int n = space.decisionMakers();
        List<int[]> groups = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            groups.add(new int[] {d});
        }
        for (CoalitionResult.Coalition c : coalitions.coalitions()) {
            groups.add(c.members().stream().mapToInt(Integer::intValue).toArray());
        }
        Tree ui = search(space, statusQuo - 1, groups.subList(0, n), false);
        Tree co = search(space, statusQuo - 1, groups, true);
        Map<Integer, List<String>> targets = new java.util.TreeMap<>();
        for (Concept c : Concept.values()) {
            for (int id : stability.equilibria(c)) {
                targets.computeIfAbsent(id, k -> new ArrayList<>()).add(c.key());
            }
        }
        for (int id : coalitions.coalitionNash()) {
            targets.computeIfAbsent(id, k -> new ArrayList<>()).add("coalitionNash");
        }
        List<Route> routes = new ArrayList<>();
        for (var e : targets.entrySet()) {
            routes.add(new Route(e.getKey(), e.getValue(), ui.path(e.getKey() - 1), co.path(e.getKey() - 1)));
        }
        return new StatusQuoResult(statusQuo, ui.reached(), co.reached(), routes);
    }

    /** The breadth-first tree over (state, last group) nodes: node key = state · (g + 1) + group. */
    private record Tree(int g, List<int[]> groups, int[] prev, int[] first) {
        List<Integer> reached() {
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < first.length; i++) {
                if (first[i] >= 0) {
                    out.add(i + 1);
                }
            }
            return out;
        }

        List<Step> path(int target) {
            int key = first[target];
            if (key < 0) {
                return null;
            }
            List<Step> steps = new ArrayList<>();
            while (prev[key] >= 0) {
                int p = prev[key];
                steps.add(0, new Step(asList(groups.get(key % (g + 1))), p / (g + 1) + 1, key / (g + 1) + 1));
                key = p;
            }
            return steps;
        }
    }

    /** Breadth-first over (state, last group) from the status quo: every state's first node is a shortest path's end. */
    private static Tree search(StateSpace space, int start, List<int[]> groups, boolean coalition) {
        int m = space.size();
        int g = groups.size();
        int[] prev = new int[m * (g + 1)];
        Arrays.fill(prev, -2);
        int[] first = new int[m];
        Arrays.fill(first, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        int root = start * (g + 1) + g;
        prev[root] = -1;
        first[start] = root;
        queue.add(root);
        Map<Long, List<Integer>> cache = new HashMap<>();
        List<IntFunction<List<Integer>>> improvers = new ArrayList<>();
        for (int[] members : groups) {
            improvers.add(coalition ? Coalitions.improver(space, asList(members)) : null);
        }
        while (!queue.isEmpty()) {
            int node = queue.poll();
            int t = node / (g + 1);
            int last = node % (g + 1);
            for (int q = 0; q < g; q++) {
                if (q == last) {
                    continue;
                }
                int[] members = groups.get(q);
                IntFunction<List<Integer>> improver = improvers.get(q);
                List<Integer> targets = coalition ? cache.computeIfAbsent((long) t * g + q, k -> improver.apply(t + 1))
                        : unilateral(space, members[0], t);
                for (int id : targets) {
                    int key = (id - 1) * (g + 1) + q;
                    if (prev[key] != -2) {
                        continue;
                    }
                    prev[key] = node;
                    if (first[id - 1] < 0) {
                        first[id - 1] = key;
                    }
                    queue.add(key);
                }
            }
        }
        return new Tree(g, groups, prev, first);
    }

    private static List<Integer> unilateral(StateSpace space, int dm, int t) {
        List<Integer> out = new ArrayList<>();
        StateSpace.Moves moves = space.moves();
        for (int u = moves.from(dm, t).next(); u >= 0; u = moves.next()) {
            if (space.level(dm, u) > space.level(dm, t)) {
                out.add(u + 1);
            }
        }
        return out;
    }

    private static List<Integer> asList(int[] a) {
        return Arrays.stream(a).boxed().toList();
    }
}
