package org.detente.conflict.stability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.detente.conflict.model.Condition;
import org.detente.conflict.model.Conflict;
import org.detente.conflict.model.ConflictOption;
import org.detente.conflict.model.DecisionMaker;
import org.detente.conflict.model.Direction;
import org.detente.conflict.model.Pattern;
import org.detente.conflict.model.Preferences;
import org.junit.jupiter.api.Test;

/**
 * The example of docs/conflict.md (examples/conflict/exact-sanctions.yaml): a sanction that B and C
 * reach only by B, C, B. Exact sanctions find it; "each other DM moves at most once" does not.
 */
class ExactSanctionsTest {
    // options: 0 a (A), 1 b1 (B), 2 b2 (B), 3 c (C)
    static Conflict model() {
        List<ConflictOption> options = new ArrayList<>();
        for (String n : List.of("a", "b1", "b2", "c")) {
            options.add(new ConflictOption(n, Direction.BOTH));
        }
        Condition notB2AndC = new Condition.Not(new Condition.All(List.of(new Condition.Is(2, true), new Condition.Is(3, true))));
        return new Conflict("exact", options, List.of(
                new DecisionMaker("A", List.of(0), new Preferences.Prioritised(List.of(notB2AndC, new Condition.Is(0, true)))),
                new DecisionMaker("B", List.of(1, 2), new Preferences.Prioritised(List.of(new Condition.Is(1, true)))),
                new DecisionMaker("C", List.of(3), new Preferences.Prioritised(List.of(new Condition.Is(3, true))))),
                List.of(new Pattern(0b0110, 0), new Pattern(0b0100, 0b1010), new Pattern(0b1000, 0b0110)));
    }

    @Test
    void theSanctionNeedsBToMoveTwice() {
        StateSpace sp = StateSpace.of(model());
        int s = sp.indexOfDecimal(0);
        int s1 = sp.indexOfDecimal(1);
        int sanction = sp.indexOfDecimal(13);
        assertThat(sp.level(0, s1)).isGreaterThan(sp.level(0, s));
        assertThat(sp.level(0, sanction)).isLessThanOrEqualTo(sp.level(0, s));

        StabilityResult r = Stability.analyze(sp, 2);
        assertThat(r.isStable(Concept.NASH, 0, s + 1)).isFalse();
        assertThat(r.isStable(Concept.GMR, 0, s + 1)).as("exact: B, C, B reaches the sanction").isTrue();
        assertThat(Reference.reach(sp, List.of(1, 2), s1, false)).contains(sanction);

        Set<Integer> shortcut = atMostOnceEach(sp, s1, List.of(1, 2));
        assertThat(shortcut).doesNotContain(sanction);
        assertThat(shortcut).allMatch(t -> sp.level(0, t) > sp.level(0, s), "no sanction under the shortcut");
    }

    /** States reached when each of the others moves at most once, in any order. */
    private static Set<Integer> atMostOnceEach(StateSpace sp, int from, List<Integer> others) {
        Set<Integer> out = new HashSet<>();
        walk(sp, from, others, out);
        return out;
    }

    private static void walk(StateSpace sp, int at, List<Integer> left, Set<Integer> out) {
        for (int dm : left) {
            List<Integer> rest = new ArrayList<>(left);
            rest.remove(Integer.valueOf(dm));
            for (int t : Reference.moves(sp, dm, at)) {
                out.add(t);
                walk(sp, t, rest, out);
            }
        }
    }
}
