package org.detente.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;

import org.detente.analysis.Analyzer;
import org.detente.model.NegotiationCase;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** The table holds each party's own utilities, ranked; the searches agree whatever the hint. */
class UtilityTableTest {
    private static final NegotiationCase CASE = Scenarios.random(31, 2, 3, 7, 0, 1);
    private static final UtilityTable TABLE = UtilityTable.of(CASE.party(0).preferences(), 1_000_000);

    @Property(tries = 300)
    void searchesAgree(@ForAll @DoubleRange(min = -0.1, max = 1.1) double target,
                       @ForAll @IntRange(min = -5, max = 400) int hint) {
        int r = TABLE.lastRankAtLeast(target);
        assertThat(TABLE.lastRankAtLeast(target, hint)).isEqualTo(r);
        assertThat(TABLE.rankNearest(target, hint)).isEqualTo(TABLE.rankNearest(target));
        if (r >= 0) {
            assertThat(TABLE.utilityAt(r)).isGreaterThanOrEqualTo(target);
        }
        if (r + 1 < TABLE.size()) {
            assertThat(TABLE.utilityAt(r + 1)).isLessThan(target);
        }
    }

    @Property(tries = 50)
    void utilitiesAreThePartysOwnAndRanked(@ForAll @IntRange(min = 0, max = 342) int outcome) {
        var point = Analyzer.point(CASE, CASE.domain().outcomeSpace().outcome(outcome).toArray());
        assertThat(TABLE.utility(outcome)).isEqualTo(point.utility(0));
        for (int r = 1; r < TABLE.size(); r++) {
            double a = TABLE.utilityAt(r - 1);
            double b = TABLE.utilityAt(r);
            assertThat(a > b || a == b && TABLE.outcomeAt(r - 1) < TABLE.outcomeAt(r)).isTrue();
            assertThat(TABLE.utility(TABLE.outcomeAt(r))).isEqualTo(b);
        }
    }
}
