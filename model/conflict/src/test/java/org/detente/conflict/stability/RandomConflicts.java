package org.detente.conflict.stability;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.detente.conflict.model.Conflict;
import org.detente.conflict.model.ConflictModelException;
import org.detente.conflict.model.ConflictOption;
import org.detente.conflict.model.DecisionMaker;
import org.detente.conflict.model.Direction;
import org.detente.conflict.model.Pattern;
import org.detente.conflict.model.Preferences;

/** Random small conflicts for property tests: 2–4 decision makers, 1–3 options each, ties, irreversibles. */
final class RandomConflicts {
    private RandomConflicts() {
    }

    /** A random state space, or null when the random patterns leave no feasible state. */
    static StateSpace space(long seed) {
        Conflict c = conflict(seed);
        return c == null ? null : StateSpace.of(c);
    }

    /** A random conflict, or null when the random patterns leave no feasible state. */
    static Conflict conflict(long seed) {
        Random rnd = new Random(seed);
        int dms = 2 + rnd.nextInt(3);
        List<ConflictOption> options = new ArrayList<>();
        List<List<Integer>> owned = new ArrayList<>();
        int total = 0;
        int budget = 8;
        for (int d = 0; d < dms; d++) {
            int k = 1 + rnd.nextInt(Math.min(3, budget - (dms - d - 1)));
            budget -= k;
            List<Integer> mine = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                Direction dir = Direction.values()[rnd.nextInt(10) < 7 ? 0 : 1 + rnd.nextInt(2)];
                options.add(new ConflictOption("o" + total, dir));
                mine.add(total++);
            }
            owned.add(mine);
        }
        List<Pattern> infeasible = new ArrayList<>();
        for (int p = rnd.nextInt(3); p > 0; p--) {
            long yes = 0;
            long no = 0;
            for (int o = 0; o < total; o++) {
                int c = rnd.nextInt(5);
                if (c == 0) {
                    yes |= 1L << o;
                } else if (c == 1) {
                    no |= 1L << o;
                }
            }
            if ((yes | no) != 0) {
                infeasible.add(new Pattern(yes, no));
            }
        }
        // feasible count, to draw rankings
        int m = 0;
        for (int s = 0; s < 1 << total; s++) {
            final int st = s;
            if (infeasible.stream().noneMatch(p -> p.matches(st))) {
                m++;
            }
        }
        if (m == 0) {
            return null;
        }
        List<DecisionMaker> makers = new ArrayList<>();
        for (int d = 0; d < dms; d++) {
            List<Integer> ids = new ArrayList<>();
            for (int i = 1; i <= m; i++) {
                ids.add(i);
            }
            java.util.Collections.shuffle(ids, rnd);
            List<List<Integer>> groups = new ArrayList<>();
            List<Integer> cur = new ArrayList<>();
            for (int id : ids) {
                cur.add(id);
                if (rnd.nextInt(3) != 0) {
                    groups.add(cur);
                    cur = new ArrayList<>();
                }
            }
            if (!cur.isEmpty()) {
                groups.add(cur);
            }
            makers.add(new DecisionMaker("dm" + d, owned.get(d), new Preferences.Ranked(groups)));
        }
        try {
            return new Conflict("random " + seed, options, makers, infeasible);
        } catch (ConflictModelException e) {
            throw new AssertionError(e);
        }
    }
}
