package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.detente.rehearsal.testing.FaultyAgents;
import org.detente.testing.Repository;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Agents that take the JVM down, in a forked JVM (issue 17, items 1 and 2): one that allocates
 * without bound forfeits with its reason and the tournament finishes; one that calls
 * {@code System.exit(0)} cannot end the run with exit 0 and nothing said.
 */
@Tag("slow") // forked JVMs: full suite only
class ForkedTournamentTest {
    private static Path config(Path dir, String agents) throws Exception {
        return config(dir, agents, "60s");
    }

    private static Path config(Path dir, String agents, String actionLimit) throws Exception {
        Path arms = Repository.path("examples/arms-control.yaml");
        Path cfg = dir.resolve("t.yaml");
        Files.writeString(cfg, String.join("\n", "seed: 5", "rounds: 100", "repetitions: 1",
                "agents: [" + agents + "]", "scenarios:", "  - case: " + arms, "actionLimit: " + actionLimit, ""));
        return cfg;
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void anAgentThatRunsOutOfMemoryForfeitsAndTheTournamentFinishes(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        ForkedRun r = ForkedRun.run(dir, 128, "tournament", config(dir, "boulware, test-hoards").toString(),
                "--out", out.toString(), "--threads", "2", "--no-progress");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("4 of 4 sessions");
        List<String> rows = Files.readAllLines(out.resolve("sessions.jsonl"));
        assertThat(rows).hasSize(4);
        assertThat(rows.stream().filter(l -> l.contains("OutOfMemoryError"))).hasSize(3);
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void anAgentCallingSystemExitStopsTheRunWithANonZeroStatusAndOneLine(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        ForkedRun r = ForkedRun.run(dir, 256, "tournament", config(dir, "boulware, test-quits").toString(),
                "--out", out.toString(), "--threads", "1", "--no-progress");
        assertThat(r.code()).isEqualTo(ExitCode.STOPPED);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("the run stopped before it finished: session arms-control/")
                .contains("test-quits").contains("called System.exit from " + FaultyAgents.Quits.class.getName())
                .contains("run the same command again to resume");
        String jsonl = Files.readString(out.resolve("sessions.jsonl"));
        assertThat(jsonl).as("whole lines only, kept for a resume").matches("(\\{[^\n]*}\n)*");
        assertThat(jsonl).contains("boulware+boulware");
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aForfeitedAgentThatKeepsSpinningIsNamedWithTheCpuItBurns(@TempDir Path dir) throws Exception {
        // issue 17, item 8: a run was 10x slower, silently, for agents that ignored their interrupt
        Path out = dir.resolve("out");
        ForkedRun r = ForkedRun.run(dir, 256, "tournament", config(dir, "boulware, test-spins", "200ms").toString(),
                "--out", out.toString(), "--threads", "2", "--no-progress");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("4 of 4 sessions").contains("3 forfeited agents still running (ignored the interrupt)");
        List<String> warnings = r.err().lines().filter(l -> l.startsWith("detente: warning: ")).toList();
        assertThat(warnings).hasSize(3).allSatisfy(w -> assertThat(w)
                .matches("detente: warning: agent 'test-spins' of session arms-control/[a-z+-]+/1 ignored the interrupt after its"
                        + " forfeit and still runs, using [0-9.]+ s of CPU since; .*"));
        assertThat(Files.readAllLines(out.resolve("sessions.jsonl")).stream().filter(l -> l.contains("action limit")))
                .hasSize(3);
    }
}
