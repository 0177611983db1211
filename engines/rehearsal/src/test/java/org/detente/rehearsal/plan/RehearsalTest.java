package org.detente.rehearsal.plan;

import org.detente.rehearsal.agents.BuiltInAgents;
import org.detente.testing.Repository;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.detente.analysis.AnalysisOptions;
import org.detente.analysis.Prepare;
import org.detente.analysis.PreparationReport;
import org.detente.analysis.RobustnessAnalysis;
import org.detente.analysis.RobustnessOptions;
import org.detente.formats.casefile.CaseFiles;
import org.detente.model.NegotiationCase;
import org.detente.rehearsal.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

/** The US plan rehearsed against Russias sampled from the US profile of Russia. */
@Tag("slow")
class RehearsalTest {
    static NegotiationCase c;
    static RobustnessAnalysis rob;

    @BeforeAll
    static void prepare() throws Exception {
        c = CaseFiles.read(Repository.path("examples/arms-control.yaml"));
        PreparationReport p = Prepare.prepare(c, "United States", "Russia", AnalysisOptions.defaults(),
                RobustnessOptions.of(2000, 3));
        rob = p.robustness().orElseThrow();
    }

    @Test
    void sameFiguresOnOneThreadOrMany() {
        RehearsalReport one = Rehearsal.run(c, rob, new RehearsalOptions(12, 100, 3, 1), null);
        RehearsalReport three = Rehearsal.run(c, rob, new RehearsalOptions(12, 100, 3, 2), null);
        assertThat(three.runs()).isEqualTo(one.runs());
        assertThat(three.classic()).isEqualTo(one.classic());
        assertThat(three.ladder()).isEqualTo(one.ladder());
        RehearsalReport other = Rehearsal.run(c, rob, new RehearsalOptions(12, 100, 4, 2), null);
        assertThat(other.runs().get(0).sessions()).isNotEqualTo(one.runs().get(0).sessions());
    }

    @Test
    void theStylePicksAClassicCounterpartFromTheRegistry() {
        assertThat(Rehearsal.classicFor(0)).isEqualTo("cuhkagent");
        assertThat(Rehearsal.classicFor(0.2)).isEqualTo("agentk");
        assertThat(Rehearsal.classicFor(0.5)).isEqualTo("atlas3");
        assertThat(Rehearsal.classicFor(1)).isEqualTo("atlas3");
        assertThat(Rehearsal.classicFor(2)).isEqualTo("nice-tit-for-tat");
        assertThat(BuiltInAgents.registry().names())
                .contains("cuhkagent", "agentk", "atlas3", "nice-tit-for-tat");
    }

    @Test
    void thePlanMeetsTheClassicAgentOfTheStyleOnTheSameSamples() {
        var o = new RehearsalOptions(24, 200, 3, 2);
        var progress = new java.util.concurrent.atomic.AtomicInteger();
        RehearsalReport r = Rehearsal.run(c, rob, o, progress::incrementAndGet);
        // every session played is reported once, as many as a progress bar is told to expect
        assertThat(progress.get()).isEqualTo(Rehearsal.sessions(rob, o)).isEqualTo(24 * 3);
        assertThat(r.classic().counterpart()).isEqualTo("agentk");
        RehearsalReport.Run run = r.classic().run();
        assertThat(run.agent()).isEqualTo("plan");
        assertThat(run.sessions()).hasSize(24);
        assertThat(run.viableRate()).isEqualTo(run.agreementRate());
        double last = r.ladder().orElseThrow().lastOffer();
        for (RehearsedSession s : run.sessions()) {
            if (s.agreement()) {
                assertThat(s.ours()).isGreaterThanOrEqualTo(last - 1e-12);
            }
        }
    }

    @Test
    void thePlanOnlyEverAgreesToViablePackagesNoWorseThanItsLastOffer() {
        RehearsalReport r = Rehearsal.run(c, rob, new RehearsalOptions(24, 200, 3, 2), null);
        assertThat(r.runs()).extracting(RehearsalReport.Run::agent).containsExactly("plan", "strategist");
        assertThat(r.style()).isEqualTo("boulware (e = 0.2)");
        PlanLadder ladder = r.ladder().orElseThrow();
        RehearsalReport.Run plan = r.runs().get(0);
        assertThat(plan.sessions()).hasSize(24);
        assertThat(plan.agreementRate()).isGreaterThan(0.3);
        assertThat(plan.viableRate()).isEqualTo(plan.agreementRate());
        double rv = c.party(0).preferences().reservationValue();
        for (RehearsedSession s : plan.sessions()) {
            if (s.agreement()) {
                assertThat(s.ours()).isGreaterThanOrEqualTo(ladder.lastOffer() - 1e-12);
                assertThat(s.paretoDistance()).isGreaterThanOrEqualTo(0);
            } else {
                assertThat(s.ours()).isEqualTo(rv);
            }
        }
        ConcessionCurves k = plan.curves();
        assertThat(k.times()).hasSize(ConcessionCurves.BINS);
        assertThat(k.oursToUs().get(0)).isBetween(
                ladder.offerAt(ladder.aspiration(1.0 / ConcessionCurves.BINS)).ourUtility() - 1e-9, ladder.opening() + 1e-9);
        assertThat(k.offers().get(0)).isPositive();
        for (RehearsalReport.Run run : r.runs()) {
            for (List<Double> curve : List.of(run.curves().oursToThem(), run.curves().theirsToUs())) {
                assertThat(curve).allMatch(u -> u.isNaN() || u >= 0 && u <= 1);
            }
        }
    }

    /**
     * Real talks have few exchanges: the plan comes down its ladder in time for an answer, and never
     * below its last offer. (At 10 rounds the flagship's hard-bargaining counterparts — boulware,
     * e = 0.2 — still ask more than the last offer at their last turn in about 4 sessions of 10: the
     * plan's floor binds there, by design.)
     */
    @Test
    void thePlanPacesItsLadderToAShortDeadline() {
        for (int rounds : new int[] {10, 20}) {
            RehearsalReport r = Rehearsal.run(c, rob, new RehearsalOptions(40, rounds, 3, 2), null);
            RehearsalReport.Run plan = r.runs().get(0);
            assertThat(plan.agreementRate()).as("%d rounds", rounds).isGreaterThanOrEqualTo(rounds == 10 ? 0.5 : 0.9);
            for (RehearsedSession s : plan.sessions()) {
                if (s.agreement()) {
                    assertThat(s.ours()).isGreaterThanOrEqualTo(r.ladder().orElseThrow().lastOffer() - 1e-12);
                }
            }
        }
    }

    @Test
    void theScheduleTimeNeverGoesBackAndLongDeadlinesKeepTheirSchedule() {
        for (int rounds : new int[] {4, 10, 20, 200}) {
            for (int me = 0; me < 2; me++) {
                double before = 0;
                for (int round = 0; round < rounds; round++) {
                    double t = (round + me / 2.0) / rounds;
                    int turns = rounds - round;
                    int offers = Math.max(0, turns - me);
                    double at = PlanAgent.scheduleTime(t, new org.detente.rehearsal.agents.Pacing(turns, offers));
                    assertThat(at).isGreaterThanOrEqualTo(before).isBetween(t, 1.0);
                    if (rounds == 200) {
                        assertThat(at).isEqualTo(offers <= PlanAgent.FINAL_OFFERS ? 1.0 : t);
                    }
                    before = at;
                }
                assertThat(before).as("the last offer is made by the last turns").isEqualTo(1.0);
            }
        }
    }

    @Test
    void aScenarioWithAReplacedPartyKeepsTheOthersTables() {
        Scenario s = Scenario.prepare(c);
        var sample = new org.detente.analysis.CounterpartSampler(c.domain(),
                (org.detente.model.LinearAdditiveUtility) c.party(1).preferences().utility(),
                Prepare.profile(c, "United States", "Russia")).draw(3, 0);
        var prefs = new org.detente.model.Preferences(sample.utility(), sample.reservation(), 1, List.of());
        Scenario t = s.withPreferences("sample", 1, prefs, Scenario.DEFAULT_MAX_OUTCOMES);
        assertThat(t.table(0)).isSameAs(s.table(0));
        assertThat(t.table(1).reservationValue()).isEqualTo(sample.reservation());
        assertThat(t.negotiationCase().party(1).preferences()).isEqualTo(prefs);
        assertThat(t.analysis().reservation().get(1)).isEqualTo(sample.reservation());
    }

    @Test
    void theLadderGoesFromOpeningToLastOfferAndEachStepDownIsLikelierAccepted() {
        PlanLadder l = PlanLadder.of(rob, c.domain().outcomeSpace());
        var plan = rob.plan().orElseThrow();
        assertThat(l.rungs().get(0).candidate()).isEqualTo(plan.opening());
        assertThat(l.rungs().get(l.rungs().size() - 1).candidate()).isEqualTo(plan.lastOffer());
        assertThat(l.rungs()).extracting(PlanLadder.Rung::role).contains("opening", "target", "last offer");
        assertThat(l.aspiration(0)).isEqualTo(l.opening());
        assertThat(l.aspiration(PlanLadder.TARGET_AT)).isEqualTo(l.target());
        assertThat(l.aspiration(0.95)).isEqualTo(l.lastOffer());
        assertThat(l.offerAt(l.target()).role()).isEqualTo("target");
        List<PlanLadder.Step> steps = l.schedule();
        for (int k = 1; k < steps.size(); k++) {
            assertThat(steps.get(k).time()).isGreaterThanOrEqualTo(steps.get(k - 1).time());
            assertThat(steps.get(k).rung().ourUtility()).isLessThanOrEqualTo(steps.get(k - 1).rung().ourUtility());
            assertThat(steps.get(k).rung().candidate().pAccept())
                    .isGreaterThanOrEqualTo(steps.get(k - 1).rung().candidate().pAccept());
            assertThat(l.offerAt(l.aspiration(steps.get(k).time()))).isEqualTo(steps.get(k).rung());
        }
    }

    @Test
    void strategistAgainstImproviserOnTheCase() {
        Scenario s = Scenario.prepare(c);
        List<Pairings.Pairing> one = Pairings.measure(s, 1, 200, 1, 1, null);
        assertThat(Pairings.measure(s, 1, 200, 1, 2, null)).isEqualTo(one);
        assertThat(one).extracting(Pairings.Pairing::first).containsExactly("improviser", "strategist", "strategist");
        for (Pairings.Pairing p : one) {
            assertThat(p.sessions()).isEqualTo(2);
            assertThat(p.agreements()).isBetween(1, 2);
            assertThat(p.firstUtility()).isBetween(0.0, 1.0);
            assertThat(p.secondUtility()).isBetween(0.0, 1.0);
            assertThat(p.pareto()).isGreaterThanOrEqualTo(0);
        }
    }
}
