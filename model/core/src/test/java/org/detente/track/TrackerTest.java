package org.detente.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.SplittableRandom;

import org.detente.analysis.CounterpartSampler;
import org.detente.model.CounterpartProfile;
import org.detente.model.LinearAdditiveUtility;
import org.detente.model.NegotiationCase;
import org.detente.model.NegotiationRecord;
import org.detente.model.OutcomeSpace;
import org.detente.testcases.RandomCases;
import org.detente.track.Tracking.Move;
import org.detente.track.Tracking.Style;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrackerTest {

    @ParameterizedTest(name = "Δself {0}, Δother {1}: {2}")
    @CsvSource({
        "0, 0, SILENT", "0.001, -0.002, SILENT", "0, 0.1, NICE", "0, -0.1, UNFORTUNATE", "-0.1, -0.1, UNFORTUNATE",
        "-0.1, 0, CONCESSION", "-0.1, 0.2, CONCESSION", "0.1, 0.1, FORTUNATE", "0.1, 0, SELFISH", "0.1, -0.3, SELFISH",
    })
    void movesFollowTheTaxonomy(double self, double other, Move expected) {
        assertThat(Tracker.classify(self, other)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "e = {0}")
    @CsvSource({"0.2, BOULWARE", "1, LINEAR", "2, CONCEDER", "5, CONCEDER", "0.1, BOULWARE"})
    void theConcessionFitFindsTheExponent(double e, Style style) {
        int n = 40;
        double[] t = new double[n];
        double[] u = new double[n];
        for (int k = 0; k < n; k++) {
            t[k] = k / (double) n;
            u[k] = 0.95 - 0.5 * Math.pow(t[k], 1 / e);
        }
        var fit = ConcessionFit.fit(t, u).orElseThrow();
        assertThat(fit.style()).isEqualTo(style);
        assertThat(Math.log(fit.exponent())).isCloseTo(Math.log(e), org.assertj.core.data.Offset.offset(0.1));
        assertThat(ConcessionFit.fit(new double[] {0, 0.5}, new double[] {1, 0.9})).isEmpty();
    }

    /** A counterpart that offers as the model says is learnt: the estimate of its utility converges to the truth. */
    @Test
    void aTruthfulCounterpartIsLearnt() {
        long seed = 11;
        NegotiationCase c = RandomCases.additive(seed, 2, false, false);
        while (c.domain().outcomeSpace().longSize() < 60) {
            c = RandomCases.additive(++seed, 2, false, false);
        }
        CounterpartProfile prior = Tracker.uninformed(c.domain(), "p0", "p1");
        LinearAdditiveUtility truth = new CounterpartSampler(c.domain(),
                (LinearAdditiveUtility) c.party(1).preferences().utility(), prior).draw(99, 0).utility();
        SplittableRandom r = new SplittableRandom(5);
        double before = Double.NaN;
        double after = Double.NaN;
        for (int offers : new int[] {0, 200}) {
            NegotiationRecord rec = TrackerPropertiesTest.truthful(c, truth, TrackOptions.RATIONALITY, r, offers);
            Tracking t = Tracker.track(c, rec, prior, Optional.empty(), TrackOptions.of(3));
            LinearAdditiveUtility believed = Tracker.believed(c.domain(), rec, prior, TrackOptions.of(3));
            double corr = correlation(c, truth, believed);
            if (offers == 0) {
                before = corr;
            } else {
                after = corr;
                assertThat(t.effective()).isLessThan(t.hypotheses());
            }
        }
        assertThat(after).isGreaterThan(0.8).isGreaterThan(before);
    }

    static double correlation(NegotiationCase c, LinearAdditiveUtility a, LinearAdditiveUtility b) {
        OutcomeSpace space = c.domain().outcomeSpace();
        int n = (int) space.longSize();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = a.utility(space.outcome(k).toArray());
            y[k] = b.utility(space.outcome(k).toArray());
        }
        return Correlation.pearson(x, y);
    }
}
