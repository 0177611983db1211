package org.detente.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.detente.testcases.RandomCases;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class OdometerTest {

    @Property(tries = 300)
    void visitsEveryCombinationInTheOutcomeIndexOrderOnce(
            @ForAll @Size(min = 1, max = 5) List<@IntRange(min = 1, max = 4) Integer> radices) {
        int[] radix = radices.stream().mapToInt(Integer::intValue).toArray();
        OutcomeSpace space = RandomCases.discreteDomain("d", radix).outcomeSpace();
        int[] digit = new int[radix.length];
        int[] expected = new int[radix.length];
        int[] before = new int[radix.length];
        long n = space.longSize();
        for (long k = 0; k < n; k++) {
            space.decode(k, expected);
            assertThat(digit).as("step %d", k).containsExactly(expected);
            System.arraycopy(digit, 0, before, 0, digit.length);
            int changed = Odometer.next(digit, radix);
            if (k == n - 1) {
                assertThat(changed).as("rolled over").isEqualTo(-1);
                assertThat(digit).containsOnly(0);
            } else {
                assertThat(changed).isBetween(0, radix.length - 1);
                for (int j = 0; j < changed; j++) {
                    assertThat(digit[j]).as("digits left of %d keep their value", changed).isEqualTo(before[j]);
                }
                assertThat(digit[changed]).isEqualTo(before[changed] + 1);
                for (int j = changed + 1; j < digit.length; j++) {
                    assertThat(digit[j]).as("digits right of %d go back to 0", changed).isZero();
                }
            }
        }
    }

    @Test
    void aPrefixLeavesTheOtherDigitsAlone() {
        int[] digit = {0, 1, 7};
        int[] radix = {2, 2, 9};
        assertThat(Odometer.next(digit, radix, 2)).isEqualTo(0);
        assertThat(digit).containsExactly(1, 0, 7);
        assertThat(Odometer.next(digit, radix, 2)).isEqualTo(1);
        assertThat(Odometer.next(digit, radix, 2)).isEqualTo(-1);
        assertThat(digit).containsExactly(0, 0, 7);
    }

    @Test
    void radicesAreRowLengths() {
        double[][] rows = {{1}, {1, 2, 3}, {1, 2}};
        assertThat(Odometer.radix(rows)).containsExactly(1, 3, 2);
        assertThat(Odometer.radix(rows, 1, 3)).containsExactly(3, 2);
    }
}
