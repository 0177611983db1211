package org.detente.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Validation of beliefs, profiles, ratifiers, gestures and their place in a case. */
class PreparationModelTest {
    static final Domain DOMAIN = new Domain("d", List.of(new IntegerIssue("x", 0, 2),
            new DiscreteIssue("y", List.of("a", "b"))));

    static LinearAdditiveUtility utility(double wx, double[] ex, double[] ey) {
        return new LinearAdditiveUtility(DOMAIN, List.of(wx, 1 - wx), List.of(
                new ValueFunction.Table(List.of(ex[0], ex[1], ex[2])), new ValueFunction.Table(List.of(ey[0], ey[1]))));
    }

    static NegotiationCase small(Preparation prep) {
        Party a = new Party("A", new Preferences(utility(0.5, new double[] {0, 0.5, 1}, new double[] {1, 0}), 0.5, 1,
                List.of()));
        Party b = new Party("B", new Preferences(utility(0.5, new double[] {1, 0.5, 0}, new double[] {0, 1}), 0.25, 1,
                List.of()));
        return new NegotiationCase("small", "", DOMAIN, List.of(a, b), List.of(), prep);
    }

    @Test
    void beliefsAreValidated() {
        assertThatThrownBy(() -> new Belief.Uniform(0.6, 0.4)).hasMessageContaining("minimum exceeds its maximum");
        assertThatThrownBy(() -> new Belief.Triangular(0.2, 0.9, 0.5)).hasMessageContaining("mode");
        assertThatThrownBy(() -> new Belief.Uniform(1.2, 1.5).checkUnit("weight"))
                .hasMessageContaining("no probability inside [0, 1]");
        assertThatThrownBy(() -> new Belief.Uniform(1, 1.5).checkUnit("weight"))
                .as("touching 1 at a single point is no mass").hasMessageContaining("no probability");
        assertThatThrownBy(() -> new Belief.Fixed(-0.1).checkUnit("rv")).hasMessageContaining("no probability");
        assertThat(new Belief.Fixed(1).unitMass()).isEqualTo(1);
        assertThat(new Belief.Uniform(-1, 1).unitMass()).isEqualTo(0.5);
        assertThat(new Belief.Triangular(0, 0.5, 1).cdf(0.5)).isEqualTo(0.5);
    }

    @Test
    void samplesStayInTheUnitIntervalAndConsumeOneDraw() {
        Belief b = new Belief.Triangular(-0.5, 0.2, 1.5);
        SplittableRandom r1 = new SplittableRandom(7);
        SplittableRandom r2 = new SplittableRandom(7);
        for (int i = 0; i < 1000; i++) {
            double x = b.sampleUnit(r1);
            assertThat(x).isBetween(0.0, 1.0);
            new Belief.Fixed(0.3).sampleUnit(r2);
        }
        assertThat(r1.nextLong()).as("every belief consumes one draw").isEqualTo(r2.nextLong());
    }

    @Test
    void quantileInvertsTheDistributionFunction() {
        for (Belief b : List.of(new Belief.Uniform(0.1, 0.7), new Belief.Triangular(0, 0.3, 1),
                new Belief.Triangular(0.2, 0.2, 0.6), new Belief.Triangular(0.2, 0.6, 0.6))) {
            for (double p = 0.05; p < 1; p += 0.1) {
                assertThat(b.cdf(b.quantile(p))).as(b.describe() + " at " + p).isCloseTo(p, org.assertj.core.data.Offset.offset(1e-12));
            }
        }
    }

    @Test
    void concessionStylesHaveNamesAndExponents() {
        assertThat(ConcessionStyle.named("boulware").exponent()).isEqualTo(0.2);
        assertThat(ConcessionStyle.ofExponent(2)).isEqualTo(ConcessionStyle.CONCEDER);
        assertThat(ConcessionStyle.ofExponent(0.5).name()).isEqualTo("custom");
        assertThatThrownBy(() -> ConcessionStyle.named("stubborn")).hasMessageContaining("boulware, linear");
        assertThatThrownBy(() -> ConcessionStyle.ofExponent(-1)).hasMessageContaining("≥ 0");
    }

    @Test
    void profilesGesturesAndRatifiersAreValidated() {
        assertThatThrownBy(() -> CounterpartProfile.plain("A", "A", 0.3)).hasMessageContaining("itself");
        assertThatThrownBy(() -> new CounterpartProfile("A", "B", Map.of(), Map.of(), new Belief.Fixed(0.3),
                Optional.empty(), List.of(), 1.5, "", "")).hasMessageContaining("credibility");
        assertThatThrownBy(() -> new Gesture("ack", "A", "B", Gesture.Kind.ACKNOWLEDGEMENT, 0, 0.1, List.of(), "", " "))
                .hasMessageContaining("disagreement");
        assertThatThrownBy(() -> new Gesture("g", "A", "B", Gesture.Kind.RESPECT, -1, 0.1, List.of(), "", ""))
                .hasMessageContaining("cost");
        assertThatThrownBy(() -> new Ratifier("senate", "A", utility(1, new double[] {0, 0.5, 1}, new double[] {0, 0}),
                Double.NaN, "")).hasMessageContaining("finite");
    }

    @Test
    void theCaseChecksNamesAndIssuesOfItsPreparation() {
        Ratifier stranger = new Ratifier("duma", "C", utility(1, new double[] {0, 0.5, 1}, new double[] {0, 0}), 0.5, "");
        assertThatThrownBy(() -> small(new Preparation(List.of(), List.of(stranger), List.of())))
                .hasMessageContaining("unknown party 'C'");
        Gesture offIssue = new Gesture("g", "A", "B", Gesture.Kind.PROCESS, 0, 0.1, List.of(5), "", "");
        assertThatThrownBy(() -> small(new Preparation(List.of(), List.of(), List.of(offIssue))))
                .hasMessageContaining("issue #5");
        CounterpartProfile badValue = new CounterpartProfile("A", "B", Map.of(), Map.of(1, Map.of(2,
                new Belief.Fixed(0.5))), new Belief.Fixed(0.3), Optional.empty(), List.of(), 1, "", "");
        assertThatThrownBy(() -> small(new Preparation(List.of(badValue), List.of(), List.of())))
                .hasMessageContaining("no value #2");
        assertThatThrownBy(() -> new Preparation(List.of(CounterpartProfile.plain("A", "B", 0.3),
                CounterpartProfile.plain("A", "B", 0.4)), List.of(), List.of())).hasMessageContaining("two profiles");
    }

    @Test
    void theOlderConstructorsHaveNoPreparation() {
        NegotiationCase c = small(Preparation.none());
        assertThat(new NegotiationCase("n", "", DOMAIN, c.parties()).preparation().isEmpty()).isTrue();
        assertThat(new NegotiationCase("n", "", DOMAIN, c.parties(), List.of()).preparation())
                .isEqualTo(Preparation.none());
        Preparation p = new Preparation(List.of(CounterpartProfile.plain("A", "B", 0.3)), List.of(), List.of());
        assertThat(c.withPreparation(p).preparation().profile("A", "B")).isPresent();
        assertThat(c.withPreparation(p).preparation().profile("B", "A")).isEmpty();
    }
}
