package org.detente.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.detente.rehearsal.agents.BuiltInAgents;
import org.detente.rehearsal.AgentRegistry;
import org.detente.rehearsal.Deadline;
import org.detente.rehearsal.Scenario;
import org.detente.rehearsal.Seeds;
import org.detente.rehearsal.SessionResult;
import org.detente.rehearsal.SessionSpec;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A Java agent plays the same session in its own JVM as in this one: same seed, same result — on a
 * case with red lines, one with integer issues, a non-linear one and one of three parties, randomised
 * agents included.
 */
@Tag("slow")
class SameResultsTest {
    @Test
    void isolatedJavaAgentsPlayAsTheyDoInProcess() throws Exception {
        List<String> agents = List.of("boulware", "conceder", "tit-for-tat", "boulware-frequency", "random",
                "strategist-bayes", "improviser");
        List<SessionSpec> specs = new ArrayList<>();
        for (Scenario s : List.of(TestScenarios.armsControl(), TestScenarios.lease(), TestScenarios.rectangles())) {
            for (int i = 0; i < agents.size(); i++) {
                List<String> pair = List.of(agents.get(i), agents.get((i + 2) % agents.size()));
                String id = s.name() + "/" + String.join("+", pair);
                specs.add(new SessionSpec(id, s, pair, Deadline.rounds(120), Seeds.session(11, id), Duration.ZERO));
            }
        }
        Scenario three = TestScenarios.threeParties();
        for (int i = 0; i < agents.size(); i++) {
            List<String> trio = List.of(agents.get(i), agents.get((i + 1) % agents.size()), agents.get((i + 3) % agents.size()));
            String id = "three/" + String.join("+", trio);
            specs.add(new SessionSpec(id, three, trio, Deadline.rounds(120), Seeds.session(11, id), Duration.ZERO));
        }
        AgentRegistry local = BuiltInAgents.registry();
        Map<String, SessionResult> in = Runs.run(local, specs, 2);
        Map<String, SessionResult> out;
        try (Isolation iso = Isolation.start(Limits.defaults(), List.of())) {
            out = Runs.run(iso.registry(local, true, List.of()), specs, 2);
        }
        assertThat(out).hasSize(specs.size());
        for (SessionSpec s : specs) {
            assertThat(out.get(s.id())).as(s.id()).isEqualTo(in.get(s.id()));
        }
        assertThat(Runs.descendants()).isEmpty();
    }
}
