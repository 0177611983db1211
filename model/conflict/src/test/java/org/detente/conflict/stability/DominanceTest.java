package org.detente.conflict.stability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;

/** The component-and-dominance coalition analysis agrees with a search over legal move sequences. */
@Tag("slow")
class DominanceTest {
    @Property(tries = 300)
    void coalitionImprovementsAgreeWithTheDefinition(@ForAll long seed) {
        StateSpace sp = RandomConflicts.space(seed);
        Assume.that(sp != null);
        int n = sp.decisionMakers();
        for (int mask = 1; mask < 1 << n; mask++) {
            if (Integer.bitCount(mask) < 2) {
                continue;
            }
            int[] h = Coalitions.members(mask, n);
            List<Integer> hl = java.util.Arrays.stream(h).boxed().toList();
            boolean[] fast = Coalitions.improvable(sp, h);
            for (int s = 0; s < sp.size(); s++) {
                Set<Integer> reach = Reference.reach(sp, hl, s, false);
                final int s0 = s;
                boolean slow = reach.stream().anyMatch(t -> Coalitions.improvesAll(sp, h, s0, t));
                assertThat(fast[s]).as("seed " + seed + " coalition " + hl + " state " + (s + 1)).isEqualTo(slow);
            }
        }
    }
}
