package org.detente.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class AdjustedWinnerTest {
    private static final List<String> FOUR = List.of("i1", "i2", "i3", "i4");

    @Test
    void bramsTaylorVector() {
        Division d = AdjustedWinner.divide(FOUR, List.of(40.0, 30.0, 20.0, 10.0), List.of(20.0, 20.0, 30.0, 30.0));
        assertThat(d.pointsA()).isCloseTo(64, within(1e-9));
        assertThat(d.pointsB()).isCloseTo(64, within(1e-9));
        assertThat(d.splitItem()).isEqualTo("i2");
        assertThat(d.shares().get(1).toA()).isCloseTo(0.8, within(1e-12));
        assertThat(d.shares().get(0).toA()).isEqualTo(1);
        assertThat(d.shares().get(2).toA()).isZero();
        assertThat(d.shares().get(3).toA()).isZero();
    }

    @Test
    void identicalValuationsEndFiftyFiftyWithoutASplit() {
        Division d = AdjustedWinner.divide(FOUR, List.of(40.0, 30.0, 20.0, 10.0), List.of(40.0, 30.0, 20.0, 10.0));
        assertThat(d.pointsA()).isCloseTo(50, within(1e-9));
        assertThat(d.pointsB()).isCloseTo(50, within(1e-9));
        assertThat(d.splitItem()).isNull();
        for (Division.Share s : d.shares()) {
            assertThat(s.toA()).isIn(0.0, 1.0);
        }
    }

    @Test
    void pointsAreRescaledAndBadPointsRefused() {
        Division d = AdjustedWinner.divide(FOUR, List.of(4.0, 3.0, 2.0, 1.0), List.of(0.2, 0.2, 0.3, 0.3));
        assertThat(d.pointsA()).isCloseTo(64, within(1e-9));
        assertThatThrownBy(() -> AdjustedWinner.divide(FOUR, List.of(-1.0, 1.0, 1.0, 1.0), List.of(1.0, 1.0, 1.0, 1.0)))
                .hasMessageContaining("≥ 0");
        assertThatThrownBy(() -> AdjustedWinner.divide(FOUR, List.of(0.0, 0.0, 0.0, 0.0), List.of(1.0, 1.0, 1.0, 1.0)))
                .hasMessageContaining("no point");
    }

    /** Equitable, envy-free, at most one split, and efficient against every all-or-nothing division. */
    @Property(tries = 500)
    void divisionsAreEquitableEnvyFreeAndEfficient(@ForAll long seed, @ForAll @IntRange(min = 1, max = 8) int n) {
        Random r = new Random(seed);
        List<String> items = new ArrayList<>();
        List<Double> a = new ArrayList<>();
        List<Double> b = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add("item" + i);
            a.add((double) r.nextInt(10));
            b.add((double) r.nextInt(10));
        }
        if (a.stream().mapToDouble(Double::doubleValue).sum() == 0) {
            a.set(0, 1.0);
        }
        if (b.stream().mapToDouble(Double::doubleValue).sum() == 0) {
            b.set(0, 1.0);
        }
        Division d = AdjustedWinner.divide(items, a, b);
        assertThat(d.pointsA()).isCloseTo(d.pointsB(), within(1e-6));
        assertThat(d.pointsA()).isGreaterThanOrEqualTo(50 - 1e-6);
        long split = d.shares().stream().filter(s -> s.toA() > 0 && s.toA() < 1).count();
        assertThat(split).isLessThanOrEqualTo(1);
        double sumA = 0;
        double sumB = 0;
        for (Division.Share s : d.shares()) {
            sumA += s.toA() * s.pointsA();
            sumB += (1 - s.toA()) * s.pointsB();
        }
        assertThat(sumA).isCloseTo(d.pointsA(), within(1e-9));
        assertThat(sumB).isCloseTo(d.pointsB(), within(1e-9));
        // efficiency: no whole-item division is better for one and no worse for the other
        for (int mask = 0; mask < (1 << n); mask++) {
            double pa = 0;
            double pb = 0;
            for (int i = 0; i < n; i++) {
                if ((mask >> i & 1) == 1) {
                    pa += d.shares().get(i).pointsA();
                } else {
                    pb += d.shares().get(i).pointsB();
                }
            }
            boolean dominates = pa >= d.pointsA() - 1e-9 && pb >= d.pointsB() - 1e-9
                    && (pa > d.pointsA() + 1e-6 || pb > d.pointsB() + 1e-6);
            assertThat(dominates).as("division %s dominates", Integer.toBinaryString(mask)).isFalse();
        }
    }
}
