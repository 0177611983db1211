package org.detente.conflict.statusquo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.detente.conflict.model.Condition;
import org.detente.conflict.model.Conflict;
import org.detente.conflict.model.ConflictOption;
import org.detente.conflict.model.DecisionMaker;
import org.detente.conflict.model.Direction;
import org.detente.conflict.model.Preferences;
import org.detente.conflict.stability.Coalitions;
import org.detente.conflict.stability.Stability;
import org.detente.conflict.stability.StabilityResult;
import org.detente.conflict.stability.StateSpace;
import org.junit.jupiter.api.Test;

/** Status quo analysis on Prisoner's Dilemma. */
class StatusQuoTest {
    static Conflict pd() {
        return new Conflict("PD",
                List.of(new ConflictOption("P1 cooperates", Direction.BOTH), new ConflictOption("P2 cooperates", Direction.BOTH)),
                List.of(new DecisionMaker("P1", List.of(0), new Preferences.Prioritised(List.of(
                                new Condition.Is(1, true), new Condition.Is(0, false)))),
                        new DecisionMaker("P2", List.of(1), new Preferences.Prioritised(List.of(
                                new Condition.Is(0, true), new Condition.Is(1, false))))),
                List.of());
    }

    @Test
    void fromMutualCooperationDefectionLeadsToTheNashEquilibrium() {
        StateSpace sp = StateSpace.of(pd());
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
        StateSpace sp = StateSpace.of(pd());
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
