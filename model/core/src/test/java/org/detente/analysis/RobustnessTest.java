package org.detente.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.detente.model.Belief;
import org.detente.model.CounterpartProfile;
import org.detente.model.NegotiationCase;
import org.detente.model.Outcome;
import org.detente.model.RedLine;
import org.detente.analysis.RobustnessAnalysis.Candidate;
import org.detente.analysis.RobustnessAnalysis.Result;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** The Monte Carlo: reproducible by seed whatever the threads, and sane. */
class RobustnessTest {
    static CounterpartProfile profile(double credibility) {
        return new CounterpartProfile("A", "B",
                Map.of(0, new Belief.Uniform(0.3, 0.7)),
                Map.of(1, Map.of(1, new Belief.Triangular(0.6, 0.9, 1.2))),
                new Belief.Uniform(0.15, 0.45), Optional.empty(),
                List.of(new RedLine.Refuse(0, List.of(2))), credibility, "", "");
    }

    static List<Candidate> all() {
        List<Candidate> out = new ArrayList<>();
        for (int x = 0; x < 3; x++) {
            for (int y = 0; y < 2; y++) {
                out.add(new Candidate("x" + x + "y" + y, new Outcome(new int[] {x, y})));
            }
        }
        return out;
    }

    static RobustnessAnalysis run(NegotiationCase c, CounterpartProfile p, int samples, long seed, int threads) {
        return Robustness.analyze(c, p, all(), RobustnessOptions.of(samples, seed).withThreads(threads));
    }

    @Test
    void sameSeedSameNumbersWhateverTheThreads() {
        NegotiationCase c = TwoLevelTest.handCase();
        RobustnessAnalysis one = run(c, profile(0.6), 3000, 42, 1);
        RobustnessAnalysis four = run(c, profile(0.6), 3000, 42, 4);
        assertThat(four).isEqualTo(one);
        assertThat(run(c, profile(0.6), 3000, 42, 3)).isEqualTo(one);
    }

    @Test
    void theLaddersNewPackagesCountAsIfTheyHadBeenCandidates() {
        int compared = 0;
        for (long seed = 1; seed <= 40; seed++) {
            NegotiationCase c = ConcessionLadderTest.withRatifiers(seed);
            CounterpartProfile p = RobustnessPropertiesTest.profile(c.domain(), new java.util.SplittableRandom(seed), -1, true);
            List<Candidate> few = Robustness.candidates(c, Analyzer.analyze(c, AnalysisOptions.defaults()),
                    TwoLevel.analyze(c, AnalysisOptions.defaults()));
            if (few.isEmpty()) {
                continue;
            }
            RobustnessOptions o = RobustnessOptions.of(500, seed).withThreads(2);
            List<Result> added = Robustness.analyze(c, p, few, o).candidates().stream()
                    .filter(x -> x.candidate().source().equals(RobustnessAnalysis.LADDER)).toList();
            if (added.isEmpty()) {
                continue;
            }
            List<Candidate> widened = new ArrayList<>(few);
            added.forEach(x -> widened.add(new Candidate("asked for", x.candidate().outcome())));
            List<Result> direct = Robustness.analyze(c, p, widened, o).candidates();
            for (int k = 0; k < added.size(); k++) {
                Result x = added.get(k);
                Result y = direct.get(few.size() + k);
                assertThat(y.candidate().outcome()).isEqualTo(x.candidate().outcome());
                assertThat(y.pAccept()).isEqualTo(x.pAccept());
                assertThat(y.expectedUtility()).isEqualTo(x.expectedUtility());
            }
            compared++;
        }
        assertThat(compared).as("cases whose ladder adds packages").isGreaterThan(5);
    }

    @Test
    void anotherSeedDrawsOtherSamples() {
        NegotiationCase c = TwoLevelTest.handCase();
        List<Double> a = run(c, profile(0.6), 3000, 1, 2).candidates().stream().map(Result::pAccept).toList();
        List<Double> b = run(c, profile(0.6), 3000, 2, 2).candidates().stream().map(Result::pAccept).toList();
        assertThat(a).isNotEqualTo(b);
        assertThat(MonteCarlo.streamSeed(1, 0)).isNotEqualTo(MonteCarlo.streamSeed(2, 0))
                .isNotEqualTo(MonteCarlo.streamSeed(1, 1));
    }

    @Test
    void probabilitiesAndThePlanAreWhatTheDefinitionsSay() {
        NegotiationCase c = TwoLevelTest.handCase();
        RobustnessAnalysis r = run(c, profile(0.6), 4000, 7, 2);
        for (Result x : r.candidates()) {
            assertThat(x.pAccept()).isBetween(0.0, 1.0);
            double expected = x.viable() ? 0.5 + x.pAccept() * (x.ourUtility() - 0.5) : 0.5;
            assertThat(x.expectedUtility()).isEqualTo(expected);
        }
        // only (2, b) is viable: A's win-set ∩ B's ratifier; B's believed red line refuses x = 2
        // 60 % of the time, and its utility of (2, b) is w_y·e(b) with w_y ∈ [0.3, 0.7]
        var plan = r.plan().orElseThrow();
        assertThat(plan.target().candidate().outcome().toArray()).containsExactly(2, 1);
        assertThat(plan.opening()).isEqualTo(plan.target());
        assertThat(plan.lastOffer()).isEqualTo(plan.target());
        assertThat(plan.target().pAccept()).isBetween(0.0, 0.4 + 0.05);
        assertThat(r.risks()).isNotEmpty();
        assertThat(r.risks().get(0).drop()).isGreaterThanOrEqualTo(r.risks().get(r.risks().size() - 1).drop());
        assertThat(r.risks()).anyMatch(k -> k.belief().equals("credibility of the believed red lines"));
        // A's acknowledgement to B (cost 0.01, value 0.2) made beside the target
        assertThat(r.gestures()).hasSize(1);
        var ack = r.gestures().get(0);
        assertThat(ack.gestures()).containsExactly("ack");
        assertThat(ack.pAccept()).isGreaterThanOrEqualTo(plan.target().pAccept());
        assertThat(ack.expectedUtility()).isEqualTo(0.5 + ack.pAccept() * (plan.target().ourUtility() - 0.01 - 0.5));
        assertThat(ack.gain()).isEqualTo(ack.expectedUtility() - plan.target().expectedUtility());
    }

    @Test
    void aThirdPartyMustAcceptAViablePackage() {
        NegotiationCase two = TwoLevelTest.handCase().withPreparation(org.detente.model.Preparation.none());
        var parties = new ArrayList<>(two.parties());
        parties.add(new org.detente.model.Party("C", new org.detente.model.Preferences(
                TwoLevelTest.utility(0, new double[] {0, 0, 0}, new double[] {1, 0}), 0.5, 1, List.of())));
        NegotiationCase three = new NegotiationCase("three", "", two.domain(), parties);
        RobustnessAnalysis r = run(three, profile(1), 500, 1, 2);
        for (Result x : r.candidates()) {
            boolean cAccepts = x.candidate().outcome().value(1) == 0;
            assertThat(x.ratifiedThere()).as(x.candidate().source()).isEqualTo(cAccepts);
            if (!cAccepts) {
                assertThat(x.expectedUtility()).isEqualTo(0.5);
            }
        }
    }

    @Test
    void certainBeliefsGiveCertainAnswers() {
        NegotiationCase c = TwoLevelTest.handCase();
        CounterpartProfile certain = CounterpartProfile.plain("A", "B", 0.25);
        RobustnessAnalysis r = run(c, certain, 500, 3, 2);
        for (Result x : r.candidates()) {
            double uB = c.party(1).utility(x.candidate().outcome().toArray());
            assertThat(x.pAccept()).isEqualTo(uB >= 0.25 ? 1.0 : 0.0);
        }
        assertThat(r.risks()).isEmpty();
    }

    /**
     * A package that gives the counterpart a lower-evaluated value on one issue, the rest equal, is
     * worse for it in every sample (weights are ≥ 0); it never has a higher P(accept).
     */
    @Property(tries = 60)
    void pAcceptIsMonotoneUnderDomination(@ForAll long seed, @ForAll @IntRange(min = 0, max = 1) int y,
                                          @ForAll @DoubleRange(min = 0, max = 1) double credibility) {
        NegotiationCase c = TwoLevelTest.handCase();
        CounterpartProfile p = new CounterpartProfile("A", "B", Map.of(0, new Belief.Uniform(0, 1),
                1, new Belief.Triangular(0, 0.2, 0.9)), Map.of(), new Belief.Uniform(0, 0.8), Optional.empty(),
                List.of(), credibility, "", "");
        // B's evaluations of x: 1, 0.5, 0 — x = 0 dominates 1 dominates 2 for B
        List<Candidate> cands = List.of(new Candidate("x0", new Outcome(new int[] {0, y})),
                new Candidate("x1", new Outcome(new int[] {1, y})), new Candidate("x2", new Outcome(new int[] {2, y})));
        var r = Robustness.analyze(c, p, cands, RobustnessOptions.of(400, seed).withThreads(2));
        assertThat(r.candidates().get(0).pAccept()).isGreaterThanOrEqualTo(r.candidates().get(1).pAccept());
        assertThat(r.candidates().get(1).pAccept()).isGreaterThanOrEqualTo(r.candidates().get(2).pAccept());
    }

    /** The plan's order: our utility of opening ≥ target ≥ last offer, on random profiles. */
    @Property(tries = 40)
    void planIsOrdered(@ForAll long seed, @ForAll @DoubleRange(min = 0, max = 0.5) double rvLow,
                       @ForAll @DoubleRange(min = 0, max = 0.5) double width) {
        NegotiationCase c = TwoLevelTest.handCase().withPreparation(org.detente.model.Preparation.none());
        CounterpartProfile p = new CounterpartProfile("A", "B", Map.of(0, new Belief.Uniform(0.2, 0.8)), Map.of(),
                new Belief.Uniform(rvLow, rvLow + width), Optional.empty(), List.of(), 1, "", "");
        var r = Robustness.analyze(c, p, all(), RobustnessOptions.of(300, seed).withThreads(1));
        r.plan().ifPresent(plan -> {
            assertThat(plan.opening().ourUtility()).isGreaterThanOrEqualTo(plan.target().ourUtility());
            assertThat(plan.target().ourUtility()).isGreaterThanOrEqualTo(plan.lastOffer().ourUtility());
            assertThat(plan.lastOffer().pAccept()).isGreaterThanOrEqualTo(plan.target().pAccept());
        });
    }
}
