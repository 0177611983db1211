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
        for (int j = 0; j < n; j++) {
            parts[j] = new int[1 << Integer.bitCount(space.mask(j))];
        }
        int[] counts = new int[n];
        StateSpace.Moves moves = space.moves();
        int[] joint = new int[16];
        for (int s = 0; s < m; s++) {
            int sd = space.decimal(s);
            boolean anyUi = false;
            for (int t = moves.from(dm, s).next(); t >= 0; t = moves.next()) {
                if (lv[t] > lv[s]) {
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
                int[] p = parts[j];
                int c = 0;
                p[c++] = sd & mask;
                for (int t = moves.from(j, s).next(); t >= 0; t = moves.next()) {
                    if (lj[t] > lj[s]) {
                        p[c++] = space.decimal(t) & mask;
                    }
                }
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
            for (int s1 = moves.from(dm, s).next(); s1 >= 0 && stable; s1 = moves.next()) {
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
