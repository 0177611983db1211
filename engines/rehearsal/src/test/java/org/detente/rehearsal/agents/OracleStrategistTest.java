package org.detente.rehearsal.agents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;

import org.detente.rehearsal.Deadline;
import org.detente.rehearsal.Negotiation;
import org.detente.rehearsal.Scenario;
import org.detente.rehearsal.SessionOptions;
import org.detente.rehearsal.models.PerfectModel;
import org.detente.testcases.RandomCases;
import org.junit.jupiter.api.Test;

/** The Strategist, told the other side's true utilities, reaches the frontier. */
class OracleStrategistTest {
    private static final Scenario S = Scenario.prepare(RandomCases.tables(21, 2, 4, 6, 0, 1));

    @Test
    void aStrategistWithTheOracleAgreesOnTheFrontier() {
        for (int seed = 0; seed < 5; seed++) {
            var r = Negotiation.run(S, List.of(new Strategist(new PerfectModel(S.table(1))),
                    new Improviser(new SplittableRandom(seed))), List.of("s", "i"), Deadline.rounds(200),
                    SessionOptions.defaults());
            assertThat(r.agreement()).isTrue();
            assertThat(r.paretoDistance()).isLessThan(1e-9);
        }
    }
}
