package org.detente.rehearsal.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** Blocks and division by multiplication give the digits plain division gives, for every radix and index. */
class DigitsTest {
    @Property(tries = 2000)
    void digitsAreThoseOfPlainDivision(@ForAll @IntRange(min = 1) int d1, @ForAll @IntRange(min = 1, max = 1000) int d2,
                                       @ForAll @IntRange(min = 1, max = 3) int d3,
                                       @ForAll @LongRange(min = 0, max = Integer.MAX_VALUE) long outcome) {
        int[] radix = {d1, d2, d3};
        int[] got = new Digits(radix).of(outcome).clone();
        long x = outcome;
        for (int i = radix.length - 1; i >= 0; i--) {
            assertThat(got[i]).as("digit %d of %d in radix %d", i, outcome, radix[i]).isEqualTo((int) (x % radix[i]));
            x /= radix[i];
        }
    }

    @Property(tries = 2000)
    void blocksOfSmallIssuesDecodeAsPlainDivision(@ForAll @Size(min = 1, max = 12) List<@IntRange(min = 1, max = 40) Integer> radices,
                                                  @ForAll @LongRange(min = 0, max = Integer.MAX_VALUE) long outcome) {
        int[] radix = radices.stream().mapToInt(Integer::intValue).toArray();
        int[] got = new Digits(radix).of(outcome).clone();
        long x = outcome;
        for (int i = radix.length - 1; i >= 0; i--) {
            assertThat(got[i]).as("digit %d of %d in %s", i, outcome, radices).isEqualTo((int) (x % radix[i]));
            x /= radix[i];
        }
        long y = outcome % 100_000;
        int[] small = new Digits(radix).of(y);
        for (int i = radix.length - 1; i >= 0; i--) {
            assertThat(small[i]).isEqualTo((int) (y % radix[i]));
            y /= radix[i];
        }
    }

    @Property(tries = 500)
    void extremeIndicesAndRadices(@ForAll @IntRange(min = 1) int d) {
        for (long outcome : new long[] {0, 1, d - 1L, d, Integer.MAX_VALUE, Integer.MAX_VALUE - 1L,
                (long) Integer.MAX_VALUE / d * d, (long) Integer.MAX_VALUE / d * d - 1}) {
            if (outcome < 0) {
                continue;
            }
            int[] got = new Digits(new int[] {Integer.MAX_VALUE, d}).of(outcome);
            assertThat(got[1]).isEqualTo((int) (outcome % d));
            assertThat(got[0]).isEqualTo((int) (outcome / d % Integer.MAX_VALUE));
        }
    }
}
