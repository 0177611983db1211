package org.detente.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.detente.rehearsal.mediation.PostSettlement;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The improvement is strictly better for every party, within every red line, and the best such by its rule. */
class PostSettlementTest {
    @Property(tries = 150)
    void theImprovementIsBetterForAllAndNoneIsBetterByTheNashProductOfGains(@ForAll long seed,
                                                                           @ForAll @IntRange(min = 2, max = 3) int parties,
                                                                           @ForAll @IntRange(min = 0, max = 1_000) int pick) {
        Scenario s = Scenario.prepare(Scenarios.random(seed, parties, 3, 4, 0.3, 1));
        List<UtilityTable> tables = java.util.stream.IntStream.range(0, parties).mapToObj(s::table).toList();
        long tentative = pick % tables.get(0).size();
        long skip = PostSettlement.improvement(tables, tentative, k -> false);
        long found = PostSettlement.improvement(tables, tentative, k -> k == skip);
        for (long x : new long[] {skip, found}) {
            if (x >= 0) {
                for (UtilityTable t : tables) {
                    assertThat(t.permits(x)).isTrue();
                    assertThat(t.utility(x)).isGreaterThan(t.utility(tentative));
                }
            }
        }
        double bestProduct = skip < 0 ? 0 : product(tables, tentative, skip);
        for (int k = 0; k < tables.get(0).size(); k++) {
            boolean dominates = true;
            for (UtilityTable t : tables) {
                dominates &= t.permits(k) && t.utility(k) > t.utility(tentative);
            }
            if (dominates) {
                assertThat(skip).as("an improvement exists").isNotNegative();
                assertThat(product(tables, tentative, k)).isLessThanOrEqualTo(bestProduct);
            }
        }
        if (skip < 0) {
            assertThat(found).isNegative();
        } else {
            assertThat(found).isNotEqualTo(skip);
        }
    }

    private static double product(List<UtilityTable> tables, long base, long k) {
        double p = 1;
        for (UtilityTable t : tables) {
            p *= t.utility(k) - t.utility(base);
        }
        return p;
    }
}
