package org.detente.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.detente.rehearsal.Deadline;
import org.detente.rehearsal.Ending;
import org.detente.rehearsal.Scenario;
import org.detente.rehearsal.Seeds;
import org.detente.rehearsal.SessionResult;
import org.detente.rehearsal.SessionSpec;
import org.detente.rehearsal.agents.BuiltInAgents;
import org.detente.testing.Python;
import org.detente.testing.Repository;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference Python agent (agents/python/example_agent.py) keeps the agent contract through the
 * protocol: against the built-in agents, in either seat, on linear, integer and non-linear cases, it
 * never forfeits, and it reaches agreements. Skipped when there is no {@code python3}, except where
 * {@code DETENTE_TEST_PYTHON_REQUIRED=1} or {@code CI=true} (CI): there a missing python3 fails.
 */
@Tag("slow")
class PythonAgentTest {
    static final Path AGENT = Repository.path("agents/python/example_agent.py");

    @Test
    void thePythonAgentKeepsTheContract() throws Exception {
        Python.need();
        List<String> others = List.of("boulware", "conceder", "linear", "tit-for-tat", "strategist", "random", "py");
        List<SessionSpec> specs = new ArrayList<>();
        for (Scenario s : List.of(TestScenarios.armsControl(), TestScenarios.lease(), TestScenarios.rectangles())) {
            for (String o : others) {
                for (List<String> pair : new java.util.LinkedHashSet<>(List.of(List.of("py", o), List.of(o, "py")))) {
                    String id = s.name() + "/" + String.join("+", pair);
                    specs.add(new SessionSpec(id, s, pair, Deadline.rounds(100), Seeds.session(3, id),
                            Duration.ofSeconds(5)));
                }
            }
        }
        Scenario three = TestScenarios.threeParties();
        for (List<String> trio : List.of(List.of("py", "boulware", "conceder"), List.of("linear", "py", "py"),
                List.of("conceder", "tit-for-tat", "py"))) {
            String id = "three/" + String.join("+", trio);
            specs.add(new SessionSpec(id, three, trio, Deadline.rounds(100), Seeds.session(3, id), Duration.ofSeconds(5)));
        }
        Map<String, SessionResult> r;
        try (Isolation iso = Isolation.start(Limits.defaults(), List.of())) {
            r = Runs.run(iso.registry(BuiltInAgents.registry(), false,
                    List.of(new Launch.External("py", List.of("python3", AGENT.toString())))), specs, 2);
        }
        assertThat(r).hasSize(specs.size());
        int agreements = 0;
        for (var e : r.entrySet()) {
            assertThat(e.getValue().ending()).as("%s: %s", e.getKey(), e.getValue().reason()).isNotEqualTo(Ending.FORFEIT);
            agreements += e.getValue().agreement() ? 1 : 0;
        }
        assertThat(agreements).as("agreements of %d sessions", r.size()).isGreaterThan(r.size() / 2);
        assertThat(Runs.descendants()).isEmpty();
    }

    @Test
    void aPythonAgentOverItsMemoryLimitDiesAndForfeits(@TempDir Path dir) throws Exception {
        Python.need();
        Assumptions.assumeTrue(Launch.MemoryCap.available() != Launch.MemoryCap.NONE, "no way to cap memory here");
        Path greedy = dir.resolve("greedy.py");
        java.nio.file.Files.writeString(greedy, String.join("\n", "import sys",
                "sys.stdin.readline()",
                "print('{\"type\": \"ready\", \"protocol\": 1}', flush=True)",
                "sys.stdin.readline()",
                "hoard = bytearray(4 * 1024 ** 3)", ""));
        Scenario s = TestScenarios.lease();
        Map<String, SessionResult> r;
        try (Isolation iso = Isolation.start(new Limits(Duration.ofSeconds(30), 256), List.of())) {
            r = Runs.run(iso.registry(BuiltInAgents.registry(), false,
                    List.of(new Launch.External("greedy", List.of("python3", greedy.toString())))),
                    List.of(new SessionSpec("g", s, List.of("boulware", "greedy"), Deadline.rounds(10), 1,
                            Duration.ofSeconds(10))), 1);
        }
        SessionResult g = r.get("g");
        assertThat(g.ending()).isEqualTo(Ending.FORFEIT);
        assertThat(g.endedBy()).isEqualTo(1);
        assertThat(g.reason()).isEqualTo("its process exited with status 1 (stderr: MemoryError)");
        assertThat(Runs.descendants()).isEmpty();
    }
}
