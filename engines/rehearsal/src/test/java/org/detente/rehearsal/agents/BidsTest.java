package org.detente.rehearsal.agents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

import org.detente.testcases.RandomCases;
import org.detente.rehearsal.boa.OpponentModel;
import org.detente.rehearsal.Scenario;
import org.detente.rehearsal.UtilityTable;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The outcomes an agent picks among by its model of the other side. */
class BidsTest {

    /** A model whose ratings take few values, so that ties are common. */
    private static OpponentModel coarse(long seed, int levels) {
        return new OpponentModel() {
            @Override
            public void observe(long outcome, double time) {
            }

            @Override
            public double utility(long outcome) {
                return Math.floorMod(outcome * 0x9E3779B97F4A7C15L + seed, levels) / (double) levels;
            }
        };
    }

    @Property
    void topRatedIsTheRangeSortedByRatingTiesInRankOrderCutToCapacity(
            @ForAll @IntRange(min = 0, max = 1000) int seed, @ForAll @IntRange(min = 1, max = 12) int capacity,
            @ForAll @IntRange(min = 1, max = 9) int levels, @ForAll @IntRange(min = 0, max = 80) int a,
            @ForAll @IntRange(min = 0, max = 80) int b) {
        UtilityTable own = Scenario.prepare(RandomCases.tables(seed, 2, 3, 5, 0, 1)).table(0);
        OpponentModel model = coarse(seed, levels);
        int from = Math.min(a % own.ranks(), b % own.ranks());
        int to = Math.max(a % own.ranks(), b % own.ranks());
        int[] top = new int[capacity];
        double[] rating = new double[capacity];

        int n = Bids.topRated(own, model, from, to, top, rating, capacity);

        int[] expected = IntStream.rangeClosed(from, to).boxed()
                .sorted(Comparator.comparingDouble((Integer r) -> -model.utility(own.outcomeAt(r))))
                .limit(capacity).mapToInt(own::outcomeAt).toArray();
        assertThat(n).isEqualTo(expected.length);
        assertThat(Arrays.copyOf(top, n)).containsExactly(expected);
        for (int i = 0; i < n; i++) {
            assertThat(rating[i]).isEqualTo(model.utility(top[i]));
        }
    }

    @Property
    void bestForOpponentIsTheRangesBestRatedTiesToTheHigherRankWhateverTheModelAnswersBelowTheBar(
            @ForAll @IntRange(min = 0, max = 1000) int seed, @ForAll @IntRange(min = 1, max = 9) int levels,
            @ForAll @IntRange(min = 0, max = 80) int a, @ForAll @IntRange(min = 0, max = 80) int b) {
        UtilityTable own = Scenario.prepare(RandomCases.tables(seed, 2, 3, 5, 0, 1)).table(0);
        OpponentModel model = coarse(seed, levels);
        OpponentModel bounded = new OpponentModel() {
            @Override
            public void observe(long outcome, double time) {
            }

            @Override
            public double utility(long outcome) {
                return model.utility(outcome);
            }

            @Override
            public double utilityAbove(long outcome, double bar) {
                double u = utility(outcome);
                return u > bar ? u : bar - 1;
            }
        };
        int from = Math.min(a % own.ranks(), b % own.ranks());
        int to = Math.max(a % own.ranks(), b % own.ranks());
        int expected = own.outcomeAt(to);
        for (int r = to - 1; r >= from; r--) {
            if (model.utility(own.outcomeAt(r)) > model.utility(expected)) {
                expected = own.outcomeAt(r);
            }
        }

        assertThat(Bids.bestForOpponent(own, model, from, to)).isEqualTo(expected);
        assertThat(Bids.bestForOpponent(own, bounded, from, to)).isEqualTo(expected);
        double target = own.utilityAt(to);
        int last = own.lastRankAtLeast(target);
        assertThat(Bids.bestForOpponent(own, model, target, last - from + 1))
                .isEqualTo(Bids.bestForOpponent(own, model, from, last));
    }
}
