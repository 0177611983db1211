package org.detente.conflict.stability;

import java.util.Arrays;

/** Strongly connected components of the union of some decision makers' move graphs (iterative Tarjan). */
final class Components {
    private Components() {
    }

    /** Per state index, its component number (0-based, sinks first). */
    static int[] of(StateSpace space, int[] members) {
        int m = space.size();
        int h = members.length;
        int[] index = new int[m];
        Arrays.fill(index, -1);
        int[] low = new int[m];
        int[] comp = new int[m];
        boolean[] onStack = new boolean[m];
        int[] stack = new int[m];
        int sp = 0;
        int[] fNode = new int[m];
        int[] fQ = new int[m];
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
            fQ[fp] = 0;
            fK[fp] = 0;
            fp++;
            while (fp > 0) {
                int f = fp - 1;
                int v = fNode[f];
                int w = -1;
                while (fQ[f] < h) {
                    int d = members[fQ[f]];
                    if (fK[f] < space.moveCount(d, v)) {
                        w = space.move(d, v, fK[f]++);
                        break;
                    }
                    fQ[f]++;
                    fK[f] = 0;
                }
                if (w >= 0) {
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack[sp++] = w;
                        onStack[w] = true;
                        fNode[fp] = w;
                        fQ[fp] = 0;
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
}
