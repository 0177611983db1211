package org.detente.conflict.stability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The expected results of the issue, for Prisoner's Dilemma and Chicken. */
class TextbookGamesTest {

    @Test
    void prisonersDilemma() {
        StateSpace space = StateSpace.of(Games.prisonersDilemma());
        assertThat(space.size()).isEqualTo(4);
        assertThat(space.yn(0)).isEqualTo("NN");
        assertThat(space.yn(1)).isEqualTo("YN");
        assertThat(space.yn(2)).isEqualTo("NY");
        assertThat(space.yn(3)).isEqualTo("YY");
        // P1: 3 > 4 > 1 > 2
        assertThat(space.level(0, 2)).isGreaterThan(space.level(0, 3));
        assertThat(space.level(0, 3)).isGreaterThan(space.level(0, 0));
        assertThat(space.level(0, 0)).isGreaterThan(space.level(0, 1));
        StabilityResult r = Stability.analyze(space, 2);
        assertThat(r.equilibria(Concept.NASH)).containsExactly(1);
        assertThat(r.equilibria(Concept.GMR)).containsExactly(1, 4);
        assertThat(r.equilibria(Concept.SMR)).containsExactly(1, 4);
        assertThat(r.equilibria(Concept.SEQ)).containsExactly(1, 4);
        assertThat(r.equilibria(Concept.SIM)).containsExactly(1, 4);
        assertThat(r.equilibria(Concept.SEQ_SIM)).containsExactly(1, 4);
    }

    @Test
    void chicken() {
        StabilityResult r = Stability.analyze(StateSpace.of(Games.chicken()), 2);
        assertThat(r.equilibria(Concept.NASH)).containsExactly(2, 3);
        assertThat(r.equilibria(Concept.SEQ)).containsExactly(2, 3);
        assertThat(r.equilibria(Concept.GMR)).containsExactly(2, 3, 4);
        assertThat(r.equilibria(Concept.SMR)).containsExactly(2, 3, 4);
        assertThat(r.equilibria(Concept.SIM)).containsExactly(2, 3, 4);
        assertThat(r.equilibria(Concept.SEQ_SIM)).containsExactly(2, 3);
    }

    @Test
    void limitedMoveWithHorizonOneIsNash() {
        StabilityResult r = Stability.analyze(StateSpace.of(Games.chicken()), 1);
        assertThat(r.equilibria(Concept.LIMITED)).isEqualTo(r.equilibria(Concept.NASH));
    }
}
