package org.detente.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.detente.rehearsal.mediation.Mediation;
import org.detente.rehearsal.mediation.Mediators;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Single-text mediation measured as the README's thesis table measures alternating offers: every
 * mediator with truthful and strategic parties, both seats, 5 seeds per seat, 200 rounds, on all 27
 * reference scenarios; means over agreements. docs/mediation.md and the README quote the figures;
 * the test prints them and checks what must hold whatever the figures are.
 */
@Tag("slow")
class MediationVsAlternatingTest {
    private static final List<List<String>> PAIRS = List.of(List.of("truthful", "truthful"),
            List.of("truthful", "strategic"), List.of("strategic", "strategic"));

    static List<Scenario> references() {
        List<Scenario> scenarios = new ArrayList<>(List.of(Scenarios.armsControl(), Scenarios.energy()));
        for (int d = 0; d < 25; d++) {
            scenarios.add(Scenarios.anl(String.format("domain%02d", d)));
        }
        return scenarios;
    }

    @Test
    void everyMediatorWithEveryPartyStrategy() {
        List<Scenario> scenarios = references();
        Map<String, Thesis.Figures> figures = new LinkedHashMap<>();
        for (String m : Mediators.names()) {
            for (List<String> pair : PAIRS) {
                var f = Thesis.measure(scenarios, pair.get(0), pair.get(1), 5, 200,
                        spec -> Mediation.run(new SessionSpec(spec.id(), spec.scenario(), spec.agents(),
                                spec.deadline(), spec.seed(), spec.actionLimit(), m), SessionOptions.defaults()));
                figures.put(m + " " + pair.get(0) + "-" + pair.get(1), f);
                System.err.println(m + " " + pair.get(0) + " vs " + pair.get(1) + ": " + f);
            }
        }
        for (var e : figures.entrySet()) {
            Thesis.Figures f = e.getValue();
            assertThat(f.sessions()).as(e.getKey()).isEqualTo(27 * 2 * 5);
            assertThat(f.agreements()).as(e.getKey()).isBetween(0, f.sessions());
            assertThat(f.rounds()).as(e.getKey()).isBetween(1.0, 200.0);
            if (f.agreements() > 0) {
                assertThat(f.pareto()).as(e.getKey()).isGreaterThanOrEqualTo(0);
                assertThat(f.nash()).as(e.getKey()).isGreaterThanOrEqualTo(f.pareto() - 1e-9);
            }
        }
        // what docs/mediation.md reads from the table: trades bring the nash-seeker nearest the frontier,
        // and a strategic veto pays its party against a truthful one under every mediator
        for (String m : List.of("hill-climber", "annealer", "feedback")) {
            assertThat(figures.get("nash-seeker truthful-truthful").pareto())
                    .isLessThan(figures.get(m + " truthful-truthful").pareto());
        }
        for (String m : Mediators.names()) {
            Thesis.Figures f = figures.get(m + " truthful-strategic");
            assertThat(f.second()).as(m).isGreaterThan(f.first());
        }
    }
}
