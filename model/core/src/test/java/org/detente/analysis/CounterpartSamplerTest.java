package org.detente.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;

import org.detente.analysis.RobustnessAnalysis.Candidate;
import org.detente.model.CounterpartProfile;
import org.detente.model.LinearAdditiveUtility;
import org.detente.model.NegotiationCase;
import org.detente.testcases.RandomCases;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Sampled counterparts are the Monte Carlo's samples, one by one. */
class CounterpartSamplerTest {

    /**
     * Counting, over the sampler's counterparts, those that accept each candidate (utility at least
     * the sampled RV, and no believed red line crossed where they are real) gives exactly the
     * Monte Carlo's P(accept).
     */
    @Property(tries = 80)
    void countingSampledCounterpartsGivesTheMonteCarloFigures(@ForAll long seed) {
        NegotiationCase c = RandomCases.additive(seed, 2, false, true);
        SplittableRandom r = new SplittableRandom(seed);
        CounterpartProfile p = RobustnessPropertiesTest.profile(c.domain(), r, -1, true);
        List<Candidate> cands = RobustnessPropertiesTest.candidates(c.domain(), r, 5);
        int samples = 300;
        var mc = Robustness.analyze(c, p, cands, RobustnessOptions.of(samples, seed).withThreads(2));
        var sampler = new CounterpartSampler(c.domain(), (LinearAdditiveUtility) c.party(1).preferences().utility(), p);
        int[] counts = new int[cands.size()];
        for (int i = 0; i < samples; i++) {
            CounterpartSampler.Sample s = sampler.draw(seed, i);
            assertThat(s.utility().weightSum()).isBetween(0.0, 1 + 1e-9);
            for (int k = 0; k < cands.size(); k++) {
                int[] v = cands.get(k).outcome().toArray();
                if (s.redLinesReal() && !p.allows(c.domain(), v)) {
                    continue;
                }
                if (s.utility().utility(v) >= s.reservation() - Zopas.SLACK - Zopas.SLACK) {
                    counts[k]++;
                }
            }
        }
        for (int k = 0; k < cands.size(); k++) {
            assertThat(counts[k] / (double) samples).isEqualTo(mc.candidates().get(k).pAccept());
        }
    }

    @Property(tries = 20)
    void aDrawIsAPureFunctionOfSeedAndIndex(@ForAll long seed) {
        NegotiationCase c = RandomCases.additive(seed, 2, false, true);
        CounterpartProfile p = RobustnessPropertiesTest.profile(c.domain(), new SplittableRandom(seed), -1, true);
        var sampler = new CounterpartSampler(c.domain(), (LinearAdditiveUtility) c.party(1).preferences().utility(), p);
        assertThat(sampler.draw(seed, 17)).isEqualTo(sampler.draw(seed, 17));
    }
}
