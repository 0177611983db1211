package org.detente.bench.conflict;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.detente.conflict.model.Condition;
import org.detente.conflict.model.Conflict;
import org.detente.conflict.model.ConflictOption;
import org.detente.conflict.model.DecisionMaker;
import org.detente.conflict.model.Direction;
import org.detente.conflict.model.Pattern;
import org.detente.conflict.model.Preferences;

/** Seeded random conflicts for the benchmarks. */
final class ConflictModels {
    private ConflictModels() {
    }

    /**
     * Three decision makers with 6, 5 and 5 options (16 options, 2^16 = 65,536 states, all feasible
     * unless {@code patterns} > 0), every option reversible except every fourth (only N→Y).
     *
     * @param seed     the seed
     * @param ranking  true: a random strict ranking of every state per decision maker; false: 12 random
     *                 prioritised statements (conjunctions of 1–3 literals) per decision maker, which
     *                 leaves ties
     * @param patterns the number of random infeasible patterns (each fixing 3 options)
     * @return the conflict
     */
    public static Conflict threeBySixteen(long seed, boolean ranking, int patterns) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] sizes = {6, 5, 5};
        List<ConflictOption> options = new ArrayList<>();
        for (int o = 0; o < 16; o++) {
            options.add(new ConflictOption("o" + o, o % 4 == 3 ? Direction.FORWARD : Direction.BOTH));
        }
        List<Pattern> infeasible = new ArrayList<>();
        for (int p = 0; p < patterns; p++) {
            long yes = 0;
            long no = 0;
            while (Long.bitCount(yes | no) < 3) {
                int o = rnd.nextInt(16);
                if (((yes | no) >>> o & 1) == 0) {
                    if (rnd.nextBoolean()) {
                        yes |= 1L << o;
                    } else {
                        no |= 1L << o;
                    }
                }
            }
            infeasible.add(new Pattern(yes, no));
        }
        int feasible = 0;
        for (int s = 0; s < 1 << 16; s++) {
            final int st = s;
            if (infeasible.stream().noneMatch(p -> p.matches(st))) {
                feasible++;
            }
        }
        List<DecisionMaker> dms = new ArrayList<>();
        int next = 0;
        for (int d = 0; d < 3; d++) {
            List<Integer> mine = new ArrayList<>();
            for (int k = 0; k < sizes[d]; k++) {
                mine.add(next++);
            }
            Preferences prefs;
            if (ranking) {
                int[] ids = new int[feasible];
                for (int i = 0; i < feasible; i++) {
                    ids[i] = i + 1;
                }
                for (int i = feasible - 1; i > 0; i--) {
                    int j = rnd.nextInt(i + 1);
                    int t = ids[i];
                    ids[i] = ids[j];
                    ids[j] = t;
                }
                List<List<Integer>> groups = new ArrayList<>();
                for (int id : ids) {
                    groups.add(List.of(id));
                }
                prefs = new Preferences.Ranked(groups);
            } else {
                List<Condition> statements = new ArrayList<>();
                for (int k = 0; k < 12; k++) {
                    List<Condition> lits = new ArrayList<>();
                    for (int l = 1 + rnd.nextInt(3); l > 0; l--) {
                        lits.add(new Condition.Is(rnd.nextInt(16), rnd.nextBoolean()));
                    }
                    statements.add(new Condition.All(lits));
                }
                prefs = new Preferences.Prioritised(statements);
            }
            dms.add(new DecisionMaker("dm" + d, mine, prefs));
        }
        return new Conflict("3 DMs × 16 options", options, dms, infeasible);
    }
}
