package org.detente.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import org.detente.model.Domain;
import org.detente.model.Gesture;
import org.detente.model.IntegerIssue;
import org.detente.model.DiscreteIssue;
import org.detente.model.LinearAdditiveUtility;
import org.detente.model.NegotiationCase;
import org.detente.model.Party;
import org.detente.model.Preferences;
import org.detente.model.Preparation;
import org.detente.model.Ratifier;
import org.detente.model.ValueFunction;
import org.junit.jupiter.api.Test;

/**
 * Win-sets and the shrinking of the ZOPA on a case small enough to check by hand.
 *
 * <pre>
 * x ∈ {0, 1, 2}, y ∈ {a, b}; A = ½x-eval + ½y-eval with x: 0, .5, 1 and y: a 1, b 0, RV .5;
 * B the mirror image (x: 1, .5, 0; y: a 0, b 1), RV .25.
 *   (x,y)  uA    uB    A  B  Senate (x ≥ 1)  Council (y = b)
 *   0,a    .5    .5    ✓  ✓      ✗               ✗
 *   0,b    0     1     ✗  ✓      ✗               ✓
 *   1,a    .75   .25   ✓  ✓      ✓               ✗
 *   1,b    .25   .75   ✗  ✓      ✓               ✓
 *   2,a    1     0     ✓  ✗      ✓               ✗
 *   2,b    .5    .5    ✓  ✓      ✓               ✓
 * ZOPA {0a, 1a, 2b}; A's win-set {1a, 2a, 2b}; B's {0b, 1b, 2b}; ratifiable {2b}.
 * </pre>
 */
class TwoLevelTest {
    static final Domain DOMAIN = new Domain("d", List.of(new IntegerIssue("x", 0, 2),
            new DiscreteIssue("y", List.of("a", "b"))));

    static LinearAdditiveUtility utility(double wx, double[] ex, double[] ey) {
        return new LinearAdditiveUtility(DOMAIN, List.of(wx, 1 - wx), List.of(
                new ValueFunction.Table(List.of(ex[0], ex[1], ex[2])), new ValueFunction.Table(List.of(ey[0], ey[1]))));
    }

    static NegotiationCase handCase() {
        Party a = new Party("A", new Preferences(utility(0.5, new double[] {0, 0.5, 1}, new double[] {1, 0}), 0.5, 1,
                List.of()));
        Party b = new Party("B", new Preferences(utility(0.5, new double[] {1, 0.5, 0}, new double[] {0, 1}), 0.25, 1,
                List.of()));
        Ratifier senate = new Ratifier("Senate", "A", utility(1, new double[] {0, 0.5, 1}, new double[] {0, 0}), 0.5,
                "two thirds");
        Ratifier council = new Ratifier("Council", "B", utility(0, new double[] {0, 0, 0}, new double[] {0.4, 1}), 0.5, "");
        Gesture ack = new Gesture("ack", "A", "B", Gesture.Kind.ACKNOWLEDGEMENT, 0.01, 0.2, List.of(0),
                "We hear you.", "We still disagree.");
        return new NegotiationCase("hand", "", DOMAIN, List.of(a, b), List.of(),
                new Preparation(List.of(), List.of(senate, council), List.of(ack)));
    }

    @Test
    void winSetsAndShrinkByHand() {
        TwoLevelAnalysis t = TwoLevel.analyze(handCase(), AnalysisOptions.defaults()).orElseThrow();
        assertThat(t.method()).isEqualTo("enumerated (6 outcomes)");
        assertThat(t.outcomes()).isEqualTo(BigInteger.valueOf(6));
        assertThat(t.zopa()).isEqualTo(BigInteger.valueOf(3));
        assertThat(t.ratifiable()).isEqualTo(BigInteger.ONE);
        assertThat(t.zopaLost()).isEqualTo(BigInteger.TWO);
        assertThat(t.zopaShrink()).isEqualTo(2 / 3.0);
        WinSet a = t.winSets().get(0);
        assertThat(a.own()).isEqualTo(BigInteger.valueOf(4));
        assertThat(a.size()).isEqualTo(BigInteger.valueOf(3));
        assertThat(a.ratifiers()).containsExactly(
                new WinSet.RatifierCount("Senate", 0.5, BigInteger.valueOf(4), BigInteger.ONE));
        WinSet b = t.winSets().get(1);
        assertThat(b.own()).isEqualTo(BigInteger.valueOf(5));
        assertThat(b.size()).isEqualTo(BigInteger.valueOf(3));
        assertThat(b.ratifiers()).containsExactly(
                new WinSet.RatifierCount("Council", 0.5, BigInteger.valueOf(3), BigInteger.TWO));
        assertThat(t.ratifiableFrontier()).hasSize(1);
        assertThat(DOMAIN.labels(t.ratifiableFrontier().get(0).outcome())).isEqualTo(Map.of("x", "2", "y", "b"));
    }

    @Test
    void withoutRatifiersTheZopaEqualsTheAnalysersAndNothingShrinks() {
        NegotiationCase c = handCase().withPreparation(Preparation.none());
        TwoLevelAnalysis t = TwoLevel.analyze(c, AnalysisOptions.defaults()).orElseThrow();
        assertThat(t.zopa()).isEqualTo(Analyzer.analyze(c).zopa().orElseThrow().size());
        assertThat(t.ratifiable()).isEqualTo(t.zopa());
        assertThat(t.zopaShrink()).isZero();
    }

    @Test
    void aSpaceBeyondTheLimitIsNotCountedAndSaysSo() {
        Computed<TwoLevelAnalysis> t = TwoLevel.analyze(handCase(), new AnalysisOptions(5, AnalysisOptions.FrontierMethod.AUTO));
        assertThat(t.isComputed()).isFalse();
        assertThat(t.whyNot().orElseThrow()).startsWith("not computed: ").contains("6 outcomes").contains("limit of 5");
        assertThatThrownBy(t::orElseThrow).isInstanceOf(IllegalStateException.class).hasMessageContaining("limit of 5");
    }

    @Test
    void gesturesRankWithTheTradeOffs() {
        NegotiationCase c = handCase();
        List<Move> moves = Moves.rank(c, Analyzer.analyze(c).tradeOffs());
        assertThat(moves).first().isInstanceOf(Move.Signal.class);
        assertThat(moves.get(0).ratio()).isCloseTo(20, org.assertj.core.data.Offset.offset(1e-9));
        for (int i = 1; i < moves.size(); i++) {
            assertThat(Moves.RANKING.compare(moves.get(i - 1), moves.get(i))).isLessThanOrEqualTo(0);
        }
        assertThat(moves).filteredOn(m -> m instanceof Move.Trade).hasSize(Analyzer.analyze(c).tradeOffs().size());
    }
}
