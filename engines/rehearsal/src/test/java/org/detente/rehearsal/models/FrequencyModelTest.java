package org.detente.rehearsal.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;

import org.detente.model.OutcomeSpace;
import org.detente.testcases.RandomCases;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The tabled terms give the formula's estimates bit for bit, and the bounded answer is the estimate
 * whenever that exceeds the bar, something at most the bar otherwise, after any observations.
 */
class FrequencyModelTest {
    @Property(tries = 200)
    void boundedAnswersAgreeWithTheEstimate(@ForAll @Size(min = 1, max = 9) List<@IntRange(min = 1, max = 19) Integer> radices,
                                            @ForAll long seed, @ForAll @IntRange(min = 0, max = 40) int observations) {
        OutcomeSpace space = RandomCases.discreteDomain("d", radices.stream().mapToInt(Integer::intValue).toArray())
                .outcomeSpace();
        long n = space.longSize();
        FrequencyModel model = new FrequencyModel(space);
        SplittableRandom random = new SplittableRandom(seed);
        int[] v = new int[radices.size()];
        for (int k = 0; k <= observations; k++) {
            for (int probe = 0; probe < 30; probe++) {
                long o = random.nextLong(n);
                double exact = formula(model, space, o, v);
                assertThat(Double.doubleToRawLongBits(model.utility(o))).isEqualTo(Double.doubleToRawLongBits(exact));
                double bar = random.nextInt(3) == 0 ? exact : exact + (random.nextDouble() - 0.5) * 0.2;
                double answer = model.utilityAbove(o, bar);
                if (exact > bar) {
                    assertThat(answer).isEqualTo(exact);
                } else {
                    assertThat(answer).isLessThanOrEqualTo(bar);
                }
            }
            model.observe(random.nextLong(n), k / 40.0);
        }
    }

    @Property(tries = 100)
    void theFavouriteIsTheValueOfferedMostOften(@ForAll @Size(min = 1, max = 5) List<@IntRange(min = 1, max = 7) Integer> radices,
                                                @ForAll long seed, @ForAll @IntRange(min = 0, max = 30) int observations) {
        OutcomeSpace space = RandomCases.discreteDomain("d", radices.stream().mapToInt(Integer::intValue).toArray())
                .outcomeSpace();
        FrequencyModel model = new FrequencyModel(space);
        int[][] counts = new int[radices.size()][];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = new int[radices.get(i)];
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] v = new int[radices.size()];
        for (int k = 0; k < observations; k++) {
            long o = random.nextLong(space.longSize());
            model.observe(o, k / 30.0);
            space.decode(o, v);
            for (int i = 0; i < v.length; i++) {
                counts[i][v[i]]++;
            }
        }
        for (int i = 0; i < counts.length; i++) {
            int expected = 0;
            for (int x = 1; x < counts[i].length; x++) {
                expected = counts[i][x] > counts[i][expected] ? x : expected;
            }
            assertThat(model.favourite(i)).isEqualTo(expected);
        }
    }

    /** HardHeaded's estimate straight from the model's state: Σ wᵢ · cᵢ(vᵢ) / maxᵢ. */
    private static double formula(FrequencyModel m, OutcomeSpace space, long outcome, int[] v) {
        space.decode(outcome, v);
        double u = 0;
        for (int i = 0; i < v.length; i++) {
            u += m.weight(i) * m.count(i, v[i]) / m.maxCount(i);
        }
        return u;
    }
}
