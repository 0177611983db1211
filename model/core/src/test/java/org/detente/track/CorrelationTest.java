package org.detente.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class CorrelationTest {
    @Test
    void pearsonScoresLinearRelations() {
        double[] x = {1, 2, 3, 4, 5};
        assertThat(Correlation.pearson(x, new double[] {3, 5, 7, 9, 11})).isCloseTo(1, Offset.offset(1e-12));
        assertThat(Correlation.pearson(x, new double[] {5, 4, 3, 2, 1})).isCloseTo(-1, Offset.offset(1e-12));
        // by hand: deviations (-2,-1,0,1,2) and (-0.6,-0.6,1.4,-0.6,0.4): Σxy = 2, Σx² = 10, Σy² = 3.2
        assertThat(Correlation.pearson(x, new double[] {1, 1, 3, 1, 2})).isCloseTo(2 / Math.sqrt(32), Offset.offset(1e-12));
        // far from zero, where a one-pass formula loses its digits
        assertThat(Correlation.pearson(new double[] {1e9 + 1, 1e9 + 2, 1e9 + 3}, new double[] {1, 2, 3}))
                .isCloseTo(1, Offset.offset(1e-9));
    }

    @Test
    void aConstantSampleCorrelatesWithNothing() {
        assertThat(Correlation.pearson(new double[] {2, 2, 2}, new double[] {1, 2, 3})).isZero();
        assertThatThrownBy(() -> Correlation.pearson(new double[] {1}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
