package org.detente.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.Tag;

/**
 * The radix ranking is the stable sort: utilities descending, ties in the indices' given order. The
 * utilities are drawn from a few values (many ties), signed zeros, infinities, tiny and huge
 * magnitudes of both signs, and sums of a few terms as additive utilities are.
 */
@Tag("slow")
class RankSortTest {
    @Provide
    Arbitrary<Double> utility() {
        return Arbitraries.oneOf(
                Arbitraries.of(0.0, -0.0, 1.0, 0.5, 0.25, 0.1 + 0.2, 0.3, -1.0, Double.MIN_VALUE, -Double.MIN_VALUE,
                        Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY),
                Arbitraries.integers().between(0, 12).map(k -> k / 12.0),
                Arbitraries.doubles().between(-2, 2),
                Arbitraries.doubles());
    }

    @Property(tries = 400)
    void radixRankingIsTheStableSort(@ForAll @Size(max = 600) List<@net.jqwik.api.From("utility") Double> values,
                                     @ForAll @IntRange(min = 0, max = 3) int skip) {
        double[] u = new double[values.size()];
        for (int i = 0; i < u.length; i++) {
            u[i] = values.get(i);
        }
        // the permitted outcomes, ascending: every outcome but those whose index is a multiple of skip + 2
        List<Integer> permitted = new ArrayList<>();
        for (int i = 0; i < u.length; i++) {
            if (skip == 0 || i % (skip + 2) != 0) {
                permitted.add(i);
            }
        }
        List<Integer> expected = new ArrayList<>(permitted);
        expected.sort((a, b) -> u[a] > u[b] ? -1 : u[a] < u[b] ? 1 : 0);

        int[] radix = permitted.stream().mapToInt(Integer::intValue).toArray();
        double[] ru = RankSort.descending(u, radix);
        int[] merge = permitted.stream().mapToInt(Integer::intValue).toArray();
        double[] mu = RankSort.mergeDescending(u, merge);

        assertThat(radix).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
        assertThat(merge).containsExactly(radix);
        for (int r = 0; r < radix.length; r++) {
            assertThat(Double.doubleToRawLongBits(ru[r])).isEqualTo(Double.doubleToRawLongBits(u[radix[r]]));
            assertThat(Double.doubleToRawLongBits(mu[r])).isEqualTo(Double.doubleToRawLongBits(ru[r]));
        }
    }

    @Property(tries = 50)
    void largeArraysWithManyTies(@ForAll long seed, @ForAll @IntRange(min = 1, max = 64) int distinct) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        int n = 5_000 + random.nextInt(5_000);
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = random.nextInt(distinct) / (double) distinct + (random.nextInt(4) == 0 ? 1e-17 * i : 0);
        }
        int[] radix = java.util.stream.IntStream.range(0, n).toArray();
        int[] merge = radix.clone();
        double[] ru = RankSort.descending(u, radix);
        double[] mu = RankSort.mergeDescending(u, merge);
        assertThat(radix).containsExactly(merge);
        assertThat(ru).containsExactly(mu);
    }
}
