package org.detente.conflict.stability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.detente.conflict.model.Conflict;
import org.junit.jupiter.api.Test;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The stored and the enumerated moves of a state space are the same moves, and give the same analyses. */
class MoveTablePropertiesTest {

    @Property(tries = 300)
    void storedAndEnumeratedMovesAreTheSameInTheSameOrder(@ForAll long seed) {
        Conflict c = RandomConflicts.conflict(seed);
        Assume.that(c != null);
        StateSpace stored = StateSpace.of(c, Long.MAX_VALUE);
        StateSpace enumerated = StateSpace.of(c, 0);
        assertThat(stored.storesMoves()).isTrue();
        assertThat(enumerated.storesMoves()).isFalse();
        for (int dm = 0; dm < c.decisionMakers().size(); dm++) {
            for (int s = 0; s < stored.size(); s++) {
                String at = "seed " + seed + " dm " + dm + " state " + (s + 1);
                List<Integer> byStored = byCursor(stored, dm, s);
                assertThat(byStored).as(at).isEqualTo(byCursor(enumerated, dm, s)).isEqualTo(Reference.moves(stored, dm, s));
                assertThat(byPosition(stored, dm, s)).as(at).isEqualTo(byStored);
                assertThat(byPosition(enumerated, dm, s)).as(at).isEqualTo(byStored);
            }
        }
    }

    @Property(tries = 100)
    void storedAndEnumeratedMovesGiveTheSameAnalyses(@ForAll long seed) {
        Conflict c = RandomConflicts.conflict(seed);
        Assume.that(c != null);
        StateSpace stored = StateSpace.of(c, Long.MAX_VALUE);
        StateSpace enumerated = StateSpace.of(c, 0);
        StabilityResult a = Stability.analyze(stored, 2);
        StabilityResult b = Stability.analyze(enumerated, 2);
        for (Concept concept : Concept.values()) {
            for (int dm = 0; dm < stored.decisionMakers(); dm++) {
                assertThat(a.stableStates(concept, dm)).as(concept + " dm " + dm + " seed " + seed)
                        .isEqualTo(b.stableStates(concept, dm));
            }
        }
        assertThat(Coalitions.analyze(stored, a)).as("coalitions, seed " + seed).isEqualTo(Coalitions.analyze(enumerated, b));
    }

    @Test
    void movesAreStoredWithinTheBudgetAndEnumeratedBeyondIt() {
        Conflict c = Games.prisonersDilemma();
        // 4 states, 2 DMs of one option each: 8 moves (32 bytes) and 2 × 5 starts (40 bytes)
        assertThat(StateSpace.of(c, 72).storesMoves()).isTrue();
        assertThat(StateSpace.of(c, 71).storesMoves()).isFalse();
        assertThat(StateSpace.of(c).storesMoves()).isTrue();
    }

    private static List<Integer> byCursor(StateSpace sp, int dm, int s) {
        List<Integer> out = new ArrayList<>();
        StateSpace.Moves cursor = sp.moves();
        for (int t = cursor.from(dm, s).next(); t >= 0; t = cursor.next()) {
            out.add(t);
        }
        return out;
    }

    private static List<Integer> byPosition(StateSpace sp, int dm, int s) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < sp.candidates(dm, s); k++) {
            int t = sp.candidate(dm, s, k);
            if (t >= 0) {
                out.add(t);
            }
        }
        return out;
    }
}
