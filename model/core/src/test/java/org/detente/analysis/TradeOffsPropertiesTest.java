package org.detente.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;

import org.detente.model.NegotiationCase;
import org.detente.testcases.RandomCases;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The trade-off table on random cases: ranked as documented, each row's figures its own. */
class TradeOffsPropertiesTest {

    @Property(tries = 200)
    void rowsAreRankedByRatioThenGainToOthersThenGiver(@ForAll long seed, @ForAll @IntRange(min = 2, max = 4) int parties) {
        NegotiationCase c = RandomCases.additive(seed, parties, seed % 2 == 0, false);
        List<TradeOff> rows = Analyzer.analyze(c).tradeOffs();
        assertThat(rows).isSortedAccordingTo(Comparator.comparingDouble(TradeOff::ratio).reversed()
                .thenComparing(Comparator.comparingDouble(TradeOff::gainToOthers).reversed())
                .thenComparingInt(TradeOff::giver));
        for (TradeOff t : rows) {
            assertThat(t.gains()).hasSize(parties);
            assertThat(t.gainToOthers()).isGreaterThan(1e-12);
            assertThat(t.cost()).isGreaterThanOrEqualTo(0);
        }
    }
}
