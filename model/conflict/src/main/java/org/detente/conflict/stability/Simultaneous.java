package org.detente.conflict.stability;

/**
 * Simultaneous sanctioning (SIM). State s is SIM stable for decision maker i if, for every unilateral
 * improvement s1 of i from s, the other decision makers have a simultaneous reply from s — each of
 * them keeps its options or makes one of its own unilateral improvements from s, at least one of them
 * moves — whose combined result (i's options as in s1, each other's as it chose) is feasible and not
 * preferred by i to s.
 *
 * <p>Per state the others' joint replies are enumerated once (the product of their improvement sets)
 * and checked against each of i's improvements, stopping at the first sanction.
 */
final class Simultaneous {
    private Simultaneous() {
    }

    /** Per state index, whether it is SIM stable for {@code dm}. */
    static boolean[] stable(StateSpace space, int dm) {
        int m = space.size();
        int n = space.decisionMakers();
        int[] lv = space.levels(dm);
        int mine = space.mask(dm);
        boolean[] out = new boolean[m];
        int[][] parts = new int[n][];
        int[] counts = new int[n];
        int[] joint = new int[16];
        for (int s = 0; s < m; s++) {
            int sd = space.decimal(s);
            boolean anyUi = false;
            for (int k = space.moveStart(dm, s), end = space.moveStart(dm, s + 1); k < end; k++) {
                if (lv[space.moveTargets(dm)[k]] > lv[s]) {
                    anyUi = true;
                    break;
                }
            }
            if (!anyUi) {
                out[s] = true;
                continue;
            }
            // the others' choices: index 0 = stay, then each improvement's part
            long combos = 1;
            for (int j = 0; j < n; j++) {
                if (j == dm) {
                    continue;
                }
                int mask = space.mask(j);
                int[] lj = space.levels(j);
                int[] tj = space.moveTargets(j);
                int start = space.moveStart(j, s);
                int end = space.moveStart(j, s + 1);
                int[] p = new int[end - start + 1];
                int c = 0;
                p[c++] = sd & mask;
                for (int k = start; k < end; k++) {
                    int t = tj[k];
                    if (lj[t] > lj[s]) {
                        p[c++] = space.decimal(t) & mask;
                    }
                }
                parts[j] = p;
                counts[j] = c;
                combos *= c;
            }
            // the joint replies, as the others' part of the combined decimal (all-stay excluded)
            int size = 0;
            int[] digit = new int[n];
            for (long c = 1; c < combos; c++) {
                for (int j = 0; j < n; j++) { // mixed-radix increment
                    if (j == dm) {
                        continue;
                    }
                    if (++digit[j] < counts[j]) {
                        break;
                    }
                    digit[j] = 0;
                }
                int others = 0;
                for (int j = 0; j < n; j++) {
                    if (j != dm) {
                        others |= parts[j][digit[j]];
                    }
                }
                if (size == joint.length) {
                    joint = java.util.Arrays.copyOf(joint, size * 2);
                }
                joint[size++] = others;
            }
            boolean stable = true;
            int[] ti = space.moveTargets(dm);
            for (int k = space.moveStart(dm, s), end = space.moveStart(dm, s + 1); k < end && stable; k++) {
                int s1 = ti[k];
                if (lv[s1] <= lv[s]) {
                    continue;
                }
                int a = space.decimal(s1) & mine;
                boolean sanctioned = false;
                for (int r = 0; r < size; r++) {
                    int t = space.indexOfDecimal(a | joint[r]);
                    if (t >= 0 && lv[t] <= lv[s]) {
                        sanctioned = true;
                        break;
                    }
                }
                stable = sanctioned;
            }
            out[s] = stable;
        }
        return out;
    }
}
