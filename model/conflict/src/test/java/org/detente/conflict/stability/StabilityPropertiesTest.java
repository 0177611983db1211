package org.detente.conflict.stability;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;

/** Invariants of the stability concepts on random conflicts, and agreement with the definitions. */
@Tag("slow")
class StabilityPropertiesTest {

    @Property(tries = 300)
    void nashWithinSmrWithinGmrAndNashWithinSeqWithinGmr(@ForAll long seed) {
        StateSpace sp = RandomConflicts.space(seed);
        Assume.that(sp != null);
        StabilityResult r = Stability.analyze(sp, 3);
        for (int i = 0; i < sp.decisionMakers(); i++) {
            for (int id = 1; id <= sp.size(); id++) {
                boolean nash = r.isStable(Concept.NASH, i, id);
                boolean smr = r.isStable(Concept.SMR, i, id);
                boolean seq = r.isStable(Concept.SEQ, i, id);
                boolean gmr = r.isStable(Concept.GMR, i, id);
                String at = "seed " + seed + ", dm " + i + ", state " + id;
                if (nash) {
                    assertThat(smr).as("Nash ⊆ SMR: " + at).isTrue();
                    assertThat(seq).as("Nash ⊆ SEQ: " + at).isTrue();
                    assertThat(r.isStable(Concept.SIM, i, id)).as("Nash ⊆ SIM: " + at).isTrue();
                }
                if (smr) {
                    assertThat(gmr).as("SMR ⊆ GMR: " + at).isTrue();
                }
                if (seq) {
                    assertThat(gmr).as("SEQ ⊆ GMR: " + at).isTrue();
                }
                assertThat(r.isStable(Concept.SEQ_SIM, i, id))
                        .isEqualTo(seq && r.isStable(Concept.SIM, i, id));
            }
        }
    }

    @Property(tries = 200)
    void theMovesEnumeratedAreTheDefinitionsInOrder(@ForAll long seed) {
        StateSpace sp = RandomConflicts.space(seed);
        Assume.that(sp != null);
        StateSpace.Moves cursor = sp.moves();
        for (int dm = 0; dm < sp.decisionMakers(); dm++) {
            for (int s = 0; s < sp.size(); s++) {
                java.util.List<Integer> byCursor = new java.util.ArrayList<>();
                for (int t = cursor.from(dm, s).next(); t >= 0; t = cursor.next()) {
                    byCursor.add(t);
                }
                java.util.List<Integer> byPosition = new java.util.ArrayList<>();
                for (int k = 0; k < sp.candidates(dm, s); k++) {
                    int t = sp.candidate(dm, s, k);
                    if (t >= 0) {
                        byPosition.add(t);
                    }
                }
                java.util.List<Integer> expected = Reference.moves(sp, dm, s);
                assertThat(byCursor).as("seed " + seed + " dm " + dm + " state " + (s + 1)).isEqualTo(expected);
                assertThat(byPosition).as("seed " + seed + " dm " + dm + " state " + (s + 1)).isEqualTo(expected);
            }
        }
    }

    @Property(tries = 200)
    void exactSanctionsAgreeWithTheDefinitions(@ForAll long seed) {
        StateSpace sp = RandomConflicts.space(seed);
        Assume.that(sp != null);
        StabilityResult r = Stability.analyze(sp, 2);
        for (Concept c : new Concept[] {Concept.NASH, Concept.GMR, Concept.SMR, Concept.SEQ}) {
            for (int i = 0; i < sp.decisionMakers(); i++) {
                for (int s = 0; s < sp.size(); s++) {
                    assertThat(r.isStable(c, i, s + 1)).as(c + " seed " + seed + " dm " + i + " state " + (s + 1))
                            .isEqualTo(Reference.stable(sp, c, i, s));
                }
            }
        }
    }

    @Property(tries = 200)
    void simAgreesWithTheDefinition(@ForAll long seed) {
        StateSpace sp = RandomConflicts.space(seed);
        Assume.that(sp != null);
        StabilityResult r = Stability.analyze(sp, 2);
        for (int i = 0; i < sp.decisionMakers(); i++) {
            for (int s = 0; s < sp.size(); s++) {
                assertThat(r.isStable(Concept.SIM, i, s + 1)).as("SIM seed " + seed + " dm " + i + " state " + (s + 1))
                        .isEqualTo(Reference.sim(sp, i, s));
            }
        }
    }

    @Property(tries = 100)
    void limitedMoveOfHorizonOneIsNash(@ForAll long seed) {
        StateSpace sp = RandomConflicts.space(seed);
        Assume.that(sp != null);
        StabilityResult r = Stability.analyze(sp, 1);
        assertThat(r.equilibria(Concept.LIMITED)).isEqualTo(r.equilibria(Concept.NASH));
    }
}
