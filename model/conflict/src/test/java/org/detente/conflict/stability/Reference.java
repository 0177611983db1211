package org.detente.conflict.stability;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Straightforward reference implementations of the definitions, for comparison with the engine. */
final class Reference {
    private Reference() {
    }

    /** R_H(s) (or R⁺_H(s)) by breadth-first search over (state, last mover) pairs, from the definition. */
    static Set<Integer> reach(StateSpace sp, List<Integer> h, int s, boolean improving) {
        Set<Integer> out = new HashSet<>();
        Set<List<Integer>> seen = new HashSet<>();
        ArrayDeque<int[]> q = new ArrayDeque<>();
        q.add(new int[] {s, -1});
        while (!q.isEmpty()) {
            int[] node = q.poll();
            for (int dm : h) {
                if (dm == node[1]) {
                    continue;
                }
                for (int t : moves(sp, dm, node[0])) {
                    if (improving && sp.level(dm, t) <= sp.level(dm, node[0])) {
                        continue;
                    }
                    if (seen.add(List.of(t, dm))) {
                        out.add(t);
                        q.add(new int[] {t, dm});
                    }
                }
            }
        }
        return out;
    }

    /**
     * DM {@code dm}'s unilateral moves from state {@code s}, from the definition: every feasible state
     * that differs from s in at least one of dm's options, in no other, and in none against its
     * direction; ascending.
     */
    static List<Integer> moves(StateSpace sp, int dm, int s) {
        List<Integer> out = new java.util.ArrayList<>();
        int a = sp.decimal(s);
        for (int t = 0; t < sp.size(); t++) {
            int diff = a ^ sp.decimal(t);
            if (diff == 0 || (diff & ~sp.mask(dm)) != 0) {
                continue;
            }
            boolean allowed = true;
            for (int o = 0; o < sp.options(); o++) {
                boolean on = (a >>> o & 1) == 1;
                var d = sp.conflict().options().get(o).direction();
                if ((diff >>> o & 1) == 1 && (d == org.detente.conflict.model.Direction.FORWARD && on
                        || d == org.detente.conflict.model.Direction.BACKWARD && !on)) {
                    allowed = false;
                }
            }
            if (allowed) {
                out.add(t);
            }
        }
        return out;
    }

    static List<Integer> others(StateSpace sp, int i) {
        return java.util.stream.IntStream.range(0, sp.decisionMakers()).filter(j -> j != i).boxed().toList();
    }

    static boolean stable(StateSpace sp, Concept c, int i, int s) {
        List<Integer> others = others(sp, i);
        for (int s1 : moves(sp, i, s)) {
            if (sp.level(i, s1) <= sp.level(i, s)) {
                continue;
            }
            boolean sanctioned = switch (c) {
                case NASH -> false;
                case GMR -> reach(sp, others, s1, false).stream().anyMatch(s2 -> sp.level(i, s2) <= sp.level(i, s));
                case SEQ -> reach(sp, others, s1, true).stream().anyMatch(s2 -> sp.level(i, s2) <= sp.level(i, s));
                case SMR -> reach(sp, others, s1, false).stream().anyMatch(s2 -> sp.level(i, s2) <= sp.level(i, s)
                        && reach(sp, List.of(i), s2, false).stream().allMatch(s3 -> sp.level(i, s3) <= sp.level(i, s)));
                default -> throw new IllegalArgumentException(c.toString());
            };
            if (!sanctioned) {
                return false;
            }
        }
        return true;
    }

    /** SIM from the definition: every joint reply of the others (each stays or makes one improvement from s). */
    static boolean sim(StateSpace sp, int i, int s) {
        List<Integer> others = others(sp, i);
        for (int s1 : moves(sp, i, s)) {
            if (sp.level(i, s1) <= sp.level(i, s)) {
                continue;
            }
            if (!simSanctioned(sp, i, s, sp.decimal(s1) & sp.mask(i), others, 0, false)) {
                return false;
            }
        }
        return true;
    }

    private static boolean simSanctioned(StateSpace sp, int i, int s, int acc, List<Integer> others, int pos, boolean moved) {
        if (pos == others.size()) {
            int t = sp.indexOfDecimal(acc);
            return moved && t >= 0 && sp.level(i, t) <= sp.level(i, s);
        }
        int j = others.get(pos);
        if (simSanctioned(sp, i, s, acc | (sp.decimal(s) & sp.mask(j)), others, pos + 1, moved)) {
            return true;
        }
        for (int t : moves(sp, j, s)) {
            if (sp.level(j, t) > sp.level(j, s)
                    && simSanctioned(sp, i, s, acc | (sp.decimal(t) & sp.mask(j)), others, pos + 1, true)) {
                return true;
            }
        }
        return false;
    }
}
