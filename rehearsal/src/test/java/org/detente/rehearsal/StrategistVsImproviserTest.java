package org.detente.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The article's thesis, measured: a prepared Strategist facing an Improviser lands closer to the
 * Pareto frontier and nearer Nash than two Improvisers do. README.md ("Rehearsal") quotes these
 * figures; the test prints them.
 */
class StrategistVsImproviserTest {
    @Test
    void preparationPaysOff() {
        List<Scenario> scenarios = List.of(Scenarios.armsControl(), Scenarios.energy(), Scenarios.anl("domain02"),
                Scenarios.randomScenario(11, 2, 4, 5));
        var ii = Thesis.measure(scenarios, "improviser", "improviser", 10, 200);
        var si = Thesis.measure(scenarios, "strategist", "improviser", 10, 200);
        System.err.println("improviser vs improviser: " + ii);
        System.err.println("strategist vs improviser: " + si);
        for (Scenario s : scenarios) {
            System.err.println("  " + s.name() + ": I-I " + Thesis.measure(List.of(s), "improviser", "improviser", 10, 200)
                    + " | S-I " + Thesis.measure(List.of(s), "strategist", "improviser", 10, 200));
        }
        assertThat(si.agreements()).isEqualTo(si.sessions());
        assertThat(si.pareto()).isLessThan(ii.pareto());
        assertThat(si.nash()).isLessThan(ii.nash());
    }
}
