package org.detente.conflict.statusquo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.detente.conflict.stability.Coalitions;
import org.detente.conflict.stability.Games;
import org.detente.conflict.stability.Stability;
import org.detente.conflict.stability.StabilityResult;
import org.detente.conflict.stability.StateSpace;
import org.junit.jupiter.api.Test;

/** Status quo analysis on Prisoner's Dilemma. */
class StatusQuoTest {

    @Test
    void fromMutualCooperationDefectionLeadsToTheNashEquilibrium() {
        StateSpace sp = StateSpace.of(Games.prisonersDilemma());
        StabilityResult r = Stability.analyze(sp, 2);
        StatusQuoResult sq = StatusQuo.analyze(r, Coalitions.analyze(sp, r), 4);
        assertThat(sq.reachableUnilateral()).containsExactly(1, 2, 3, 4);
        Route toNash = sq.routes().stream().filter(x -> x.target() == 1).findFirst().orElseThrow();
        assertThat(toNash.concepts()).contains("nash");
        assertThat(toNash.unilateral()).hasSize(2);
        assertThat(toNash.unilateral().get(0).from()).isEqualTo(4);
        assertThat(toNash.unilateral().get(1).to()).isEqualTo(1);
        // no decision maker moves twice in a row
        assertThat(toNash.unilateral().get(0).movers()).isNotEqualTo(toNash.unilateral().get(1).movers());
    }

    @Test
    void fromDefectionOnlyTheCoalitionReachesCooperation() {
        StateSpace sp = StateSpace.of(Games.prisonersDilemma());
        StabilityResult r = Stability.analyze(sp, 2);
        StatusQuoResult sq = StatusQuo.analyze(r, Coalitions.analyze(sp, r), 1);
        assertThat(sq.reachableUnilateral()).containsExactly(1);
        Route toFour = sq.routes().stream().filter(x -> x.target() == 4).findFirst().orElseThrow();
        assertThat(toFour.unilateral()).isNull();
        assertThat(toFour.coalition()).containsExactly(new Step(List.of(0, 1), 1, 4));
        Route stay = sq.routes().stream().filter(x -> x.target() == 1).findFirst().orElseThrow();
        assertThat(stay.unilateral()).isEmpty();
    }
}
