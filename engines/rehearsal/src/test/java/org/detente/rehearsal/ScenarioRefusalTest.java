package org.detente.rehearsal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.detente.model.Domain;
import org.detente.model.LinearAdditiveUtility;
import org.detente.model.NegotiationCase;
import org.detente.model.Party;
import org.detente.model.Preferences;
import org.detente.model.RealIssue;
import org.detente.model.ValueFunction;
import org.junit.jupiter.api.Test;

/** A case sessions cannot run on is refused with the plain reason, whichever thread built the table. */
class ScenarioRefusalTest {
    @Test
    void aContinuumIsRefusedWithoutAJavaClassName() {
        Domain d = new Domain("d", List.of(RealIssue.continuous("price", 0, 10)));
        List<Party> parties = new ArrayList<>();
        for (int p = 0; p < 8; p++) {
            parties.add(new Party("p" + p, Preferences.of(new LinearAdditiveUtility(d, List.of(1.0),
                    List.of(new ValueFunction.Linear(0.1, 0, 0))))));
        }
        NegotiationCase c = new NegotiationCase("c", "", d, parties);
        assertThatThrownBy(() -> Scenario.prepare(c)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("sessions need an enumerable outcome space")
                .hasMessageNotContaining("java.lang");
    }
}
