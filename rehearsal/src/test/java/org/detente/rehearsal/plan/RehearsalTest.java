package org.detente.rehearsal.plan;

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
import org.detente.rehearsal.UtilityTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The US plan rehearsed against Russias sampled from the US profile of Russia. */
class RehearsalTest {
    static NegotiationCase c;
    static RobustnessAnalysis rob;

    @BeforeAll
    static void prepare() throws Exception {
        c = CaseFiles.read(Path.of("../examples/arms-control.yaml"));
        PreparationReport p = Prepare.prepare(c, "United States", "Russia", AnalysisOptions.defaults(),
                RobustnessOptions.of(2000, 3));
        rob = p.robustness().orElseThrow();
    }

    @Test
    void sameFiguresOnOneThreadOrMany() {
        RehearsalReport one = Rehearsal.run(c, rob, new RehearsalOptions(40, 100, 3, 1), null);
        RehearsalReport three = Rehearsal.run(c, rob, new RehearsalOptions(40, 100, 3, 3), null);
        assertThat(three.runs()).isEqualTo(one.runs());
        assertThat(three.ladder()).isEqualTo(one.ladder());
        RehearsalReport other = Rehearsal.run(c, rob, new RehearsalOptions(40, 100, 4, 2), null);
        assertThat(other.runs().get(0).sessions()).isNotEqualTo(one.runs().get(0).sessions());
    }

    @Test
    void thePlanOnlyEverAgreesToViablePackagesNoWorseThanItsWalkAway() {
        RehearsalReport r = Rehearsal.run(c, rob, new RehearsalOptions(60, 200, 3, 2), null);
        assertThat(r.runs()).extracting(RehearsalReport.Run::agent).containsExactly("plan", "strategist");
        assertThat(r.style()).isEqualTo("boulware (e = 0.2)");
        PlanLadder ladder = r.ladder().orElseThrow();
        RehearsalReport.Run plan = r.runs().get(0);
        assertThat(plan.sessions()).hasSize(60);
        assertThat(plan.agreementRate()).isGreaterThan(0.3);
        assertThat(plan.viableRate()).isEqualTo(plan.agreementRate());
        double rv = c.party(0).preferences().reservationValue();
        for (RehearsedSession s : plan.sessions()) {
            if (s.agreement()) {
                assertThat(s.ours()).isGreaterThanOrEqualTo(ladder.walkAway() - 1e-12);
                assertThat(s.paretoDistance()).isGreaterThanOrEqualTo(0);
            } else {
                assertThat(s.ours()).isEqualTo(rv);
            }
        }
        ConcessionCurves k = plan.curves();
        assertThat(k.times()).hasSize(ConcessionCurves.BINS);
        assertThat(k.oursToUs().get(0)).isEqualTo(ladder.opening(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(k.offers().get(0)).isPositive();
        for (RehearsalReport.Run run : r.runs()) {
            for (List<Double> curve : List.of(run.curves().oursToThem(), run.curves().theirsToUs())) {
                assertThat(curve).allMatch(u -> u.isNaN() || u >= 0 && u <= 1);
            }
        }
    }

    @Test
    void sampledCounterpartsRefuseTheirRedLines() {
        Scenario s = Scenario.prepare(c);
        var prefs = c.party(1).preferences();
        UtilityTable t = UtilityTable.refusing(prefs, Scenario.DEFAULT_MAX_OUTCOMES);
        int[] v = new int[c.domain().size()];
        int refused = 0;
        for (int k = 0; k < t.size(); k++) {
            c.domain().outcomeSpace().decode(k, v);
            if (prefs.allows(v)) {
                assertThat(t.utility(k)).isEqualTo(s.table(1).utility(k));
            } else {
                assertThat(t.utility(k)).isEqualTo(UtilityTable.REFUSED);
                refused++;
            }
        }
        assertThat(refused).isPositive();
    }

    @Test
    void theLadderGoesFromOpeningToWalkAwayAndEachStepDownIsLikelierAccepted() {
        PlanLadder l = PlanLadder.of(rob, c.domain().outcomeSpace());
        var plan = rob.plan().orElseThrow();
        assertThat(l.rungs().get(0).candidate()).isEqualTo(plan.opening());
        assertThat(l.rungs().get(l.rungs().size() - 1).candidate()).isEqualTo(plan.walkAway());
        assertThat(l.rungs()).extracting(PlanLadder.Rung::role).contains("opening", "target", "walk-away");
        assertThat(l.aspiration(0)).isEqualTo(l.opening());
        assertThat(l.aspiration(PlanLadder.TARGET_AT)).isEqualTo(l.target());
        assertThat(l.aspiration(0.95)).isEqualTo(l.walkAway());
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
        List<Pairings.Pairing> one = Pairings.measure(s, 3, 200, 1, 1, null);
        assertThat(Pairings.measure(s, 3, 200, 1, 3, null)).isEqualTo(one);
        assertThat(one).extracting(Pairings.Pairing::first).containsExactly("improviser", "strategist", "strategist");
        for (Pairings.Pairing p : one) {
            assertThat(p.sessions()).isEqualTo(6);
            assertThat(p.agreements()).isBetween(1, 6);
            assertThat(p.firstUtility()).isBetween(0.0, 1.0);
            assertThat(p.secondUtility()).isBetween(0.0, 1.0);
            assertThat(p.pareto()).isGreaterThanOrEqualTo(0);
        }
    }
}
