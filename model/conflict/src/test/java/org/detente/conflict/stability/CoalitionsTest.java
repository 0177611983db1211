package org.detente.conflict.stability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Coalition improvements must strictly help every member. */
class CoalitionsTest {
    @Test
    void prisonersCanCooperateTogether() {
        StateSpace sp = StateSpace.of(Games.prisonersDilemma());
        StabilityResult r = Stability.analyze(sp, 2);
        CoalitionResult c = Coalitions.analyze(sp, r);
        assertThat(c.coalitions()).hasSize(1);
        // from 1 (NN) both prefer 4 (YY); nothing helps both from 4
        assertThat(c.coalitions().get(0).improvable()).contains(1).doesNotContain(4);
        assertThat(Coalitions.improvements(sp, List.of(0, 1), 1)).containsExactly(4);
        assertThat(c.coalitionNash()).isEmpty();
    }

    @Test
    void chickenHasNoJointImprovementFromItsEquilibria() {
        StateSpace sp = StateSpace.of(Games.chicken());
        CoalitionResult c = Coalitions.analyze(sp, Stability.analyze(sp, 2));
        // from 1 (crash) both prefer 4; from 2 and 3 the move to 4 hurts the one who did not swerve
        assertThat(c.coalitions().get(0).improvable()).containsExactly(1);
        assertThat(c.coalitionNash()).containsExactly(2, 3);
    }
}
