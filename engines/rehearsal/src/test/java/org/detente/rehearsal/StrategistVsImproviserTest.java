package org.detente.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

/**
 * The article's thesis, measured: a prepared Strategist facing an Improviser lands closer to the
 * Pareto frontier and nearer Nash than two Improvisers do. README.md ("Rehearsal") quotes these
 * figures; the test prints them. Each scenario's sessions are played once and the totals combined
 * from them.
 */
@Tag("slow")
class StrategistVsImproviserTest {
    @Test
    void preparationPaysOff() {
        List<Scenario> scenarios = List.of(Scenarios.armsControl(), Scenarios.energy(), Scenarios.anl("domain02"),
                Scenarios.randomScenario(11, 2, 4, 5));
        List<Thesis.Figures> iis = new ArrayList<>();
        List<Thesis.Figures> sis = new ArrayList<>();
        for (Scenario s : scenarios) {
            var ii = Thesis.measure(List.of(s), "improviser", "improviser", 10, 200);
            var si = Thesis.measure(List.of(s), "strategist", "improviser", 10, 200);
            System.err.println("  " + s.name() + ": I-I " + ii + " | S-I " + si);
            iis.add(ii);
            sis.add(si);
        }
        var ii = Thesis.combine(iis);
        var si = Thesis.combine(sis);
        System.err.println("improviser vs improviser: " + ii);
        System.err.println("strategist vs improviser: " + si);
        // red lines are enforced: a session may end without agreement, but hardly ever does
        assertThat(si.agreements()).isGreaterThanOrEqualTo(si.sessions() * 95 / 100);
        assertThat(si.pareto()).isLessThan(ii.pareto());
        assertThat(si.nash()).isLessThan(ii.nash());
    }

    /** The same over every reference scenario: the bundled case, ANAC 2011 Energy and the 25 ANL 2023 domains. */
    @Test
    void overEveryReferenceScenario() {
        List<Scenario> scenarios = new ArrayList<>(List.of(Scenarios.armsControl(), Scenarios.energy()));
        for (int d = 0; d < 25; d++) {
            scenarios.add(Scenarios.anl(String.format("domain%02d", d)));
        }
        List<Thesis.Figures> iis = new ArrayList<>();
        List<Thesis.Figures> sis = new ArrayList<>();
        List<Thesis.Figures> sss = new ArrayList<>();
        int nearerFrontier = 0;
        int nearerNash = 0;
        for (Scenario s : scenarios) {
            var a = Thesis.measure(List.of(s), "improviser", "improviser", 5, 200);
            var b = Thesis.measure(List.of(s), "strategist", "improviser", 5, 200);
            iis.add(a);
            sis.add(b);
            sss.add(Thesis.measure(List.of(s), "strategist", "strategist", 5, 200));
            nearerFrontier += b.pareto() < a.pareto() ? 1 : 0;
            nearerNash += b.nash() < a.nash() ? 1 : 0;
        }
        var ii = Thesis.combine(iis);
        var si = Thesis.combine(sis);
        System.err.println("all 27 scenarios, improviser vs improviser: " + ii);
        System.err.println("all 27 scenarios, strategist vs improviser: " + si);
        System.err.println("all 27 scenarios, strategist vs strategist: " + Thesis.combine(sss));
        System.err.println("scenarios where strategist vs improviser is nearer the frontier: " + nearerFrontier
                + " of " + scenarios.size() + "; nearer Nash: " + nearerNash);
        assertThat(si.pareto()).isLessThan(ii.pareto());
        assertThat(si.nash()).isLessThan(ii.nash());
    }
}
