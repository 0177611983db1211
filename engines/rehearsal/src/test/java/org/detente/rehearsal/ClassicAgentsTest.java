package org.detente.rehearsal;

import org.detente.rehearsal.agents.BuiltInAgents;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Each classic ANAC agent shows the character its paper describes (docs/agents.md); the contract
 * every agent keeps is {@link AgentContractTest}'s.
 */
class ClassicAgentsTest {
    private static final AgentRegistry REGISTRY = BuiltInAgents.registry();

    private static SessionResult run(Scenario s, List<String> agents, int rounds, long seed) {
        var spec = new SessionSpec("classic", s, agents, Deadline.rounds(rounds), seed, Duration.ZERO);
        return Sessions.run(spec, REGISTRY, SessionOptions.defaults().withTrace(true));
    }

    @Test
    void cuhkagentHoldsItsBestAgainstAHardlinerUntilItsLastTurnsThenConcedes() {
        Scenario s = Scenario.prepare(Scenarios.random(21, 2, 3, 5, 0, 1)); // 125 outcomes, undiscounted
        double best = s.table(0).best();
        SessionResult r = run(s, List.of("cuhkagent", "hardliner"), 50, 1);
        List<TracedOffer> mine = r.trace().stream().filter(o -> o.party() == 0).toList();
        assertThat(mine).filteredOn(o -> o.round() < 46).isNotEmpty().allMatch(o -> o.utilities().get(0) == best);
        assertThat(mine).filteredOn(o -> o.round() >= 46).anyMatch(o -> o.utilities().get(0) < best);
    }

    @Test
    void hardheadedGivesUpAlmostNothingBeforeTheEnd() {
        Scenario s = Scenario.prepare(Scenarios.random(22, 2, 4, 5, 0, 1));
        UtilityTable own = s.table(0);
        double min = own.worst() + 0.585 * (own.best() - own.worst());
        // its Boulware target (e = 0.05, Ka = 0.05) at 85 % of the time: best − 0.087 · (best − min)
        double bar = own.best() - 0.087 * (own.best() - min);
        for (String other : List.of("conceder", "boulware", "hardliner")) {
            SessionResult r = run(s, List.of("hardheaded", other), 200, 2);
            assertThat(r.trace()).filteredOn(o -> o.party() == 0 && o.time() < 0.85)
                    .allMatch(o -> o.utilities().get(0) >= bar - 1e-12);
        }
    }

    @Test
    void niceTitForTatConcedesAsMuchAsItIsConcededTo() {
        Scenario s = Scenario.prepare(Scenarios.random(23, 2, 4, 5, 0, 1));
        double againstHardliner = leastOffered(run(s, List.of("nice-tit-for-tat", "hardliner"), 200, 3));
        double againstConceder = leastOffered(run(s, List.of("nice-tit-for-tat", "conceder"), 200, 3));
        assertThat(againstHardliner).isGreaterThan(againstConceder);
    }

    /** Party 0's least utility among its own offers in the first 10 % of the time. */
    private static double leastOffered(SessionResult r) {
        return r.trace().stream().filter(o -> o.party() == 0 && o.time() < 0.1)
                .mapToDouble(o -> o.utilities().get(0)).min().orElseThrow();
    }

    @Test
    void agentkGetsMoreFromAConcederThanFromABoulware() {
        Scenario s = Scenario.prepare(Scenarios.random(24, 2, 4, 5, 0, 1));
        double conceder = 0;
        double boulware = 0;
        for (long seed = 1; seed <= 5; seed++) {
            conceder += run(s, List.of("agentk", "conceder"), 200, seed).utilities().get(0);
            boulware += run(s, List.of("agentk", "boulware"), 200, seed).utilities().get(0);
        }
        assertThat(conceder).isGreaterThan(boulware);
    }

    @Test
    void atlas3AgreesInAThreePartySessionAboveEveryReservationValue() {
        Scenario s = Scenario.prepare(Scenarios.random(25, 3, 3, 5, 0.2, 1));
        for (List<String> seats : List.of(List.of("atlas3", "atlas3", "atlas3"), List.of("boulware", "atlas3", "conceder"),
                List.of("conceder", "linear", "atlas3"))) {
            SessionResult r = run(s, seats, 200, 4);
            assertThat(r.agreement()).as("%s: %s", seats, r.ending()).isTrue();
            for (int p = 0; p < 3; p++) {
                assertThat(r.rawUtilities().get(p)).isGreaterThanOrEqualTo(s.table(p).reservationValue());
            }
        }
    }
}
