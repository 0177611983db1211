package org.detente.conflict.stability;

import java.util.Arrays;

/**
 * Strongly connected components, written once (iterative Tarjan, so that deep graphs need no deep
 * stack): of the union of some decision makers' move graphs ({@link Coalitions}), and of the
 * (state, last mover) graph of legal move sequences ({@link Sanctions}).
 */
final class Components {
    /** {@link Graph#successor}: there is no successor at this position or after it. */
    static final int END = -1;
    /** {@link Graph#successor}: this position holds no edge; look at the next. */
    static final int SKIP = -2;

    private Components() {
    }

    /** A directed graph on the nodes {@code 0 .. nodes()-1}, its edges enumerated by position. */
    interface Graph {
        /** How many nodes. */
        int nodes();

        /** The successor of {@code v} at position {@code k} (0, 1, …), or {@link #SKIP}, or {@link #END}. */
        int successor(int v, int k);
    }

    /**
     * Per node, its component number, 0-based, in the order Tarjan completes them: every edge between
     * two components goes to the one with the smaller number (sinks first). Roots are taken in node
     * order and successors in position order, so the numbering is a function of the graph.
     */
    static int[] of(Graph g) {
        int m = g.nodes();
        int[] index = new int[m];
        Arrays.fill(index, -1);
        int[] low = new int[m];
        int[] comp = new int[m];
        boolean[] onStack = new boolean[m];
        int[] stack = new int[m];
        int sp = 0;
        int[] fNode = new int[m];
        int[] fK = new int[m];
        int counter = 0;
        int comps = 0;
        for (int root = 0; root < m; root++) {
            if (index[root] >= 0) {
                continue;
            }
            int fp = 0;
            index[root] = low[root] = counter++;
            stack[sp++] = root;
            onStack[root] = true;
            fNode[fp] = root;
            fK[fp] = 0;
            fp++;
            while (fp > 0) {
                int f = fp - 1;
                int v = fNode[f];
                int w;
                do {
                    w = g.successor(v, fK[f]++);
                } while (w == SKIP);
                if (w >= 0) {
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack[sp++] = w;
                        onStack[w] = true;
                        fNode[fp] = w;
                        fK[fp] = 0;
                        fp++;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                if (low[v] == index[v]) {
                    int x;
                    do {
                        x = stack[--sp];
                        onStack[x] = false;
                        comp[x] = comps;
                    } while (x != v);
                    comps++;
                }
                fp--;
                if (fp > 0) {
                    int parent = fNode[fp - 1];
                    low[parent] = Math.min(low[parent], low[v]);
                }
            }
        }
        return comp;
    }

    /** Per state index, its component in the union of the members' move graphs (sinks first). */
    static int[] of(StateSpace space, int[] members) {
        return of(new Graph() {
            @Override
            public int nodes() {
                return space.size();
            }

            @Override
            public int successor(int v, int k) {
                for (int d : members) {
                    int c = space.candidates(d, v);
                    if (k < c) {
                        int t = space.candidate(d, v, k);
                        return t < 0 ? SKIP : t;
                    }
                    k -= c;
                }
                return END;
            }
        });
    }

    /**
     * The nodes grouped by component: the nodes of component {@code c} are
     * {@code nodes[start[c] .. start[c+1]-1]}, in node order.
     *
     * @param start per component, where its nodes begin (one more entry than components)
     * @param nodes every node
     */
    record Groups(int[] start, int[] nodes) {
        /** How many components. */
        int count() {
            return start.length - 1;
        }

        /** Groups the nodes of a numbering from {@link #of}. */
        static Groups of(int[] comp) {
            int comps = 0;
            for (int c : comp) {
                comps = Math.max(comps, c + 1);
            }
            int[] start = new int[comps + 1];
            for (int c : comp) {
                start[c + 1]++;
            }
            for (int c = 0; c < comps; c++) {
                start[c + 1] += start[c];
            }
            int[] nodes = new int[comp.length];
            int[] fill = Arrays.copyOf(start, comps);
            for (int v = 0; v < comp.length; v++) {
                nodes[fill[comp[v]]++] = v;
            }
            return new Groups(start, nodes);
        }
    }
}
