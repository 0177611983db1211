package org.detente.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ComputedTest {

    @Test
    void aValueIsComputedAndHasNoReason() {
        Computed<Integer> x = Computed.of(7);
        assertThat(x.isComputed()).isTrue();
        assertThat(x.orElseThrow()).isEqualTo(7);
        assertThat(x.orElse(0)).isEqualTo(7);
        assertThat(x.asOptional()).contains(7);
        assertThat(x.whyNot()).isEmpty();
        assertThat(x.map(v -> v * 2)).isEqualTo(Computed.of(14));
        String said = x.fold(v -> "value " + v, why -> why);
        assertThat(said).isEqualTo("value 7");
        List<Integer> seen = new ArrayList<>();
        x.ifComputed(seen::add);
        assertThat(seen).containsExactly(7);
    }

    @Test
    void notComputedKeepsItsReasonThroughMap() {
        Computed<Integer> x = Computed.notComputed("beyond the limit");
        assertThat(x.isComputed()).isFalse();
        assertThat(x.orElse(0)).isZero();
        assertThat(x.asOptional()).isEmpty();
        assertThat(x.whyNot()).contains("beyond the limit");
        assertThat(x.map(v -> v * 2).whyNot()).contains("beyond the limit");
        String said = x.fold(v -> "value " + v, why -> "none: " + why);
        assertThat(said).isEqualTo("none: beyond the limit");
        assertThatThrownBy(x::orElseThrow).isInstanceOf(IllegalStateException.class).hasMessage("beyond the limit");
        List<Integer> seen = new ArrayList<>();
        x.ifComputed(seen::add);
        assertThat(seen).isEmpty();
    }

    @Test
    void neitherANullValueNorABlankReason() {
        assertThatThrownBy(() -> Computed.of(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Computed.notComputed(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Computed.notComputed(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void frontierSourcesSayHowInWords() {
        var n = java.math.BigInteger.valueOf(1200);
        assertThat(FrontierSource.ENUMERATION.describe(n)).isEqualTo("enumerated (1200 outcomes)");
        assertThat(FrontierSource.ADDITIVE_MERGE.describe(n)).isEqualTo("additive merge (exact, no enumeration)");
        assertThat(FrontierSource.BRANCH_AND_BOUND.describe(n)).isEqualTo("branch and bound (exact, no enumeration)");
        assertThat(FrontierSource.EMPTY.describe(n)).isEqualTo("empty (red lines exclude every outcome)");
    }
}
