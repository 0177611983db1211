package org.detente.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.Tag;

/**
 * frontier2 on sets large enough that its bucket table is capped (more than 4 × 2^15 points), in
 * shapes that stress the bucket filter: independent, exact ties on a coarse grid, and near an
 * anti-diagonal (large frontier). Compared, as sets of vectors, with a plain sort and sweep.
 */
@Tag("slow")
class ParetoKernelsLargeTest {

    @Property(tries = 12)
    void largeSetsGiveTheExactFrontier(@ForAll long seed, @ForAll @IntRange(min = 0, max = 2) int shape,
                                       @ForAll @IntRange(min = 140_000, max = 400_000) int n) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] u1 = new double[n];
        double[] u2 = new double[n];
        for (int i = 0; i < n; i++) {
            double x = r.nextDouble();
            u1[i] = shape == 1 ? Math.floor(x * 50) / 50 : x;
            u2[i] = switch (shape) {
                case 0 -> r.nextDouble();
                case 1 -> Math.floor(r.nextDouble() * 50) / 50;
                default -> 1 - x + r.nextDouble() * 1e-3;
            };
        }
        int[] got = ParetoKernels.frontier2(u1, u2, n);
        assertThat(vectors(got, u1, u2)).isEqualTo(reference(u1, u2, n));
    }

    private static List<String> vectors(int[] idx, double[] u1, double[] u2) {
        List<String> out = new ArrayList<>();
        for (int i : idx) {
            out.add(u1[i] + "," + u2[i]);
        }
        return out;
    }

    /** Sort by (u1 desc, u2 desc), keep every point whose u2 beats all before it. */
    private static List<String> reference(double[] u1, double[] u2, int n) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> u1[a] != u1[b] ? Double.compare(u1[b], u1[a]) : Double.compare(u2[b], u2[a]));
        List<String> out = new ArrayList<>();
        double best = Double.NEGATIVE_INFINITY;
        for (int i : order) {
            if (u2[i] > best) {
                best = u2[i];
                out.add(u1[i] + "," + u2[i]);
            }
        }
        return out;
    }
}
