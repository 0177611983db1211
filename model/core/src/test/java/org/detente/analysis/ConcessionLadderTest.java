package org.detente.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.detente.model.CounterpartProfile;
import org.detente.model.LinearAdditiveUtility;
import org.detente.model.NegotiationCase;
import org.detente.model.Party;
import org.detente.model.Preparation;
import org.detente.model.Ratifier;
import org.detente.analysis.RobustnessAnalysis.Change;
import org.detente.analysis.RobustnessAnalysis.Plan;
import org.detente.analysis.RobustnessAnalysis.Step;
import org.detente.testcases.RandomCases;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The concession ladder never takes a concession back, and every step can be signed and ratified. */
class ConcessionLadderTest {

    /** A random two-party case with red lines, a random ratifier on our side and one on theirs. */
    static NegotiationCase withRatifiers(long seed) {
        NegotiationCase c = RandomCases.additive(seed, 2, seed % 2 == 0, true);
        SplittableRandom r = new SplittableRandom(seed);
        List<Ratifier> ratifiers = new ArrayList<>();
        for (String party : List.of("p0", "p1")) {
            if (r.nextInt(3) > 0) {
                ratifiers.add(new Ratifier("r-" + party, party, RandomCases.equalWeights(c.domain(), r::nextDouble),
                        r.nextDouble() * 0.5, ""));
            }
        }
        return c.withPreparation(new Preparation(List.of(), ratifiers, List.of()));
    }

    @Property(tries = 200)
    void theLadderNeverTakesAConcessionBack(@ForAll long seed) {
        NegotiationCase c = withRatifiers(seed);
        SplittableRandom r = new SplittableRandom(seed);
        CounterpartProfile p = RobustnessPropertiesTest.profile(c.domain(), r, -1, true);
        var candidates = Robustness.candidates(c, Analyzer.analyze(c, AnalysisOptions.defaults()),
                TwoLevel.analyze(c, AnalysisOptions.defaults()));
        if (candidates.isEmpty()) {
            return;   // the red lines refuse every package
        }
        var rob = Robustness.analyze(c, p, candidates, RobustnessOptions.of(300, seed).withThreads(1));
        if (rob.plan().isEmpty()) {
            return;
        }
        Plan plan = rob.plan().get();
        List<Step> ladder = plan.ladder();
        Party us = c.party(0);
        LinearAdditiveUtility own = (LinearAdditiveUtility) us.preferences().utility();
        Viability viability = new Viability(c, "p0", "p1");
        assertThat(ladder.get(0).result()).isEqualTo(plan.opening());
        assertThat(ladder.get(ladder.size() - 1).result()).isEqualTo(plan.lastOffer());
        assertThat(ladder).extracting(Step::result).contains(plan.target());
        assertThat(ladder.get(0).changes()).isEmpty();
        int m = c.domain().size();
        double[] floor = new double[m];
        java.util.Arrays.fill(floor, Double.POSITIVE_INFINITY);
        double lastU = Double.POSITIVE_INFINITY;
        int[] before = null;
        for (Step s : ladder) {
            int[] v = s.result().candidate().outcome().toArray();
            // red lines (every party's stated ones), our ratifiers, theirs: viable at every step
            assertThat(viability.viable(v)).isTrue();
            for (Party x : c.parties()) {
                assertThat(x.preferences().allows(v)).isTrue();
            }
            for (int i = 0; i < m; i++) {
                double e = own.evaluation(i, v[i]);
                assertThat(e).as("issue %d never rises again once it has fallen", i).isLessThanOrEqualTo(floor[i] + 1e-12);
                floor[i] = Math.min(floor[i], e);
            }
            assertThat(s.result().ourUtility()).isLessThanOrEqualTo(lastU + 1e-12);
            lastU = s.result().ourUtility();
            if (before != null) {
                assertThat(s.changes()).isNotEmpty();
                for (Change ch : s.changes()) {
                    assertThat(ch.from()).isEqualTo(before[ch.issue()]);
                    assertThat(ch.to()).isEqualTo(v[ch.issue()]);
                }
                for (int i = 0; i < m; i++) {
                    final int issue = i;
                    boolean changed = s.changes().stream().anyMatch(ch -> ch.issue() == issue);
                    assertThat(changed).isEqualTo(before[i] != v[i]);
                }
            }
            before = v;
        }
        assertThat(plan.opening().ourUtility()).isGreaterThanOrEqualTo(plan.target().ourUtility());
        assertThat(plan.target().ourUtility()).isGreaterThanOrEqualTo(plan.lastOffer().ourUtility());
        assertThat(plan.lastOffer().pAccept()).isGreaterThanOrEqualTo(plan.target().pAccept());
    }

    @Test
    void chainsFollowTheUpperHullWhileTheirValueRises() {
        // our contributions fall 1, 0.8, 0.6, 0.4, 0.2; theirs 0, 0.5, 0.6, 0.9, 0.85
        double[] ours = {1, 0.8, 0.6, 0.4, 0.2};
        double[] theirs = {0, 0.5, 0.6, 0.9, 0.85};
        boolean[] all = {true, true, true, true, true};
        // slopes from 0: to 1 = 2.5, to 2 = 1.5, to 3 = 1.5; from 1: to 2 = 0.5, to 3 = 1 → 0, 1, 3; 4 is worth less to them
        assertThat(ConcessionPath.chain(ours, theirs, all, 0, -1)).containsExactly(0, 1, 3);
        // a value refused by a red line is never on the chain
        assertThat(ConcessionPath.chain(ours, theirs, new boolean[] {true, false, true, true, true}, 0, -1))
                .containsExactly(0, 2, 3);
        // taking concessions back from 3 toward us, the cheapest for them per unit of our gain first: to 1
        // costs them 0.4 for our 0.4 (1), to 2 0.3 for 0.2 (1.5), to 0 0.9 for 0.6 (1.5); then 1 → 0 (2.5)
        assertThat(ConcessionPath.chain(ours, theirs, all, 3, 1)).containsExactly(3, 1, 0);
        // from 4 toward us, 3 is worth more to both: taken back first, for free
        assertThat(ConcessionPath.chain(ours, theirs, all, 4, 1)).startsWith(4, 3);
        // nothing they value more: no concession
        assertThat(ConcessionPath.chain(new double[] {1, 0.5}, new double[] {1, 0.2}, new boolean[] {true, true}, 0, -1))
                .containsExactly(0);
    }

    @Test
    void theOnlyViablePackageIsTheWholeLadder() {
        NegotiationCase c = TwoLevelTest.handCase();
        var rob = Robustness.analyze(c, RobustnessTest.profile(0.6), RobustnessTest.all(),
                RobustnessOptions.of(2000, 7).withThreads(1));
        Plan plan = rob.plan().orElseThrow();
        // only (2, b) is viable in the hand case: the ladder is that one package
        assertThat(plan.ladder()).hasSize(1);
        assertThat(plan.target().candidate().outcome().toArray()).containsExactly(2, 1);
    }
}
