package org.detente.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.detente.rehearsal.agents.BuiltInAgents;
import org.detente.rehearsal.AgentRegistry;
import org.detente.rehearsal.Deadline;
import org.detente.rehearsal.Ending;
import org.detente.rehearsal.Scenario;
import org.detente.rehearsal.SessionResult;
import org.detente.rehearsal.SessionSpec;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault injection through the isolation: agents that hang, spin, run out of memory, exit, write
 * garbage or break the protocol are killed at their limit and forfeit with the reason recorded; the
 * other sessions go on; no process is left when the run is closed.
 */
@Tag("slow")
class FaultsTest {
    private static final Scenario BOXES = TestScenarios.rectangles();
    private static final Duration ACTION = Duration.ofMillis(1500);
    private static final String READY = "{\"type\":\"ready\",\"protocol\":1}";

    @TempDir
    Path dir;

    private static SessionSpec spec(String id, String a, String b) {
        return new SessionSpec(id, BOXES, List.of(a, b), Deadline.rounds(60), 5, ACTION);
    }

    @Test
    void javaAgentsThatBreakDownForfeitInTheirOwnJvm() throws Exception {
        List<SessionSpec> specs = new ArrayList<>();
        for (String f : List.of("test-hangs", "test-spins", "test-hoards", "test-exits", "test-prints")) {
            specs.add(spec(f, f, "boulware"));
        }
        specs.add(spec("healthy", "conceder", "boulware"));
        Map<String, SessionResult> r;
        try (Isolation iso = Isolation.start(new Limits(Duration.ofSeconds(30), 64), List.of())) {
            r = Runs.run(iso.registry(BuiltInAgents.registry(), true, List.of()), specs, 2);
            long until = System.nanoTime() + 10_000_000_000L; // the killed ones may take a moment to end
            while (iso.processes().size() > 4 && System.nanoTime() < until) {
                Thread.sleep(50);
            }
            assertThat(iso.processes()).as("processes kept for reuse: at most two sessions' worth").hasSizeLessThanOrEqualTo(4);
        }
        assertThat(r).hasSize(specs.size());
        for (String f : List.of("test-hangs", "test-spins")) {
            assertForfeit(r.get(f), "did not answer within the action limit of 1500 ms");
        }
        assertForfeit(r.get("test-hoards"), "threw java.lang.OutOfMemoryError");
        assertForfeit(r.get("test-exits"), "its process exited with status 3");
        for (String f : List.of("test-hangs", "test-spins", "test-hoards", "test-exits")) {
            assertThat(r.get(f).endedBy()).as(f).isZero();
        }
        assertThat(r.get("test-prints").ending()).as(r.get("test-prints").reason()).isNotEqualTo(Ending.FORFEIT);
        assertThat(r.get("healthy").ending()).isNotEqualTo(Ending.FORFEIT);
        assertThat(Runs.descendants()).as("no child process outlives the run").isEmpty();
    }

    @Test
    void externalAgentsThatBreakTheProtocolForfeit() throws Exception {
        Map<String, String> scripts = new java.util.LinkedHashMap<>();
        scripts.put("garbage", "read l; echo '" + READY + "'; read l; echo 'this is not json'; sleep 5");
        scripts.put("out-of-turn", "read l; echo '" + READY + "'; read l; echo '" + READY + "'; sleep 5");
        scripts.put("no-outcome", "read l; echo '" + READY + "'; read l; echo '{\"type\":\"offer\"}'; sleep 5");
        scripts.put("bad-outcome", "read l; echo '" + READY + "'; read l; echo '{\"type\":\"offer\",\"outcome\":[99]}'");
        scripts.put("old-version", "read l; echo '{\"type\":\"ready\",\"protocol\":0}'; sleep 5");
        scripts.put("gives-up", "read l; echo '" + READY + "'; read l; echo '{\"type\":\"fail\",\"reason\":\"no idea\"}'");
        scripts.put("exits", "read l; echo '" + READY + "'; read l; echo bye >&2; exit 3");
        scripts.put("silent", "read l; exit 0");
        scripts.put("hangs", "read l; echo '" + READY + "'; read l; exec sleep 1000");
        scripts.put("spins", "read l; echo '" + READY + "'; read l; while :; do :; done");
        scripts.put("hoards", "read l; echo '" + READY + "'; read l; x=$(head -c 2000000000 /dev/zero | tr '\\0' a); echo \"$x\"");
        scripts.put("long-line", "read l; echo '" + READY + "'; read l; head -c 3000000 /dev/zero | tr '\\0' a; sleep 5");
        scripts.put("missing", null);
        List<Launch.External> external = new ArrayList<>();
        List<SessionSpec> specs = new ArrayList<>();
        for (var e : scripts.entrySet()) {
            List<String> command;
            if (e.getValue() == null) {
                command = List.of(dir.resolve("no-such-program").toString());
            } else {
                Path script = dir.resolve(e.getKey() + ".sh");
                Files.writeString(script, e.getValue() + "\n");
                command = List.of("sh", script.toString());
            }
            external.add(new Launch.External(e.getKey(), command));
            specs.add(spec(e.getKey(), "boulware", e.getKey()));
        }
        specs.add(spec("healthy", "conceder", "boulware"));
        Map<String, SessionResult> r;
        try (Isolation iso = Isolation.start(new Limits(Duration.ofSeconds(30), 64), List.of())) {
            r = Runs.run(iso.registry(BuiltInAgents.registry(), false, external), specs, 2);
        }
        assertThat(r).hasSize(specs.size());
        assertForfeit(r.get("garbage"), "broke the protocol: ");
        assertThat(r.get("garbage").reason()).contains("'this is not json'");
        assertForfeit(r.get("out-of-turn"), "broke the protocol: a 'ready' message where 'offer', 'accept', 'end' or 'fail' was due");
        assertForfeit(r.get("no-outcome"), "broke the protocol: 'offer' needs 'outcome'");
        assertForfeit(r.get("bad-outcome"), "broke the protocol: offered [99]: an outcome has");
        assertForfeit(r.get("old-version"), "could not be created: broke the protocol: it speaks version 0, this is version 1");
        assertForfeit(r.get("gives-up"), "no idea");
        assertForfeit(r.get("exits"), "its process exited with status 3 (stderr: bye)");
        assertForfeit(r.get("silent"), "could not be created: its process exited with status 0");
        assertForfeit(r.get("hangs"), "did not answer within the action limit of 1500 ms");
        assertForfeit(r.get("spins"), "did not answer within the action limit of 1500 ms");
        assertForfeit(r.get("hoards"), "its process exited with status");
        assertForfeit(r.get("long-line"), "broke the protocol: wrote a line longer than");
        assertForfeit(r.get("missing"), "could not be created: ");
        assertThat(r.get("missing").reason()).contains("no-such-program");
        for (String f : scripts.keySet()) {
            assertThat(r.get(f).endedBy()).as(f).isEqualTo(1);
        }
        assertThat(r.get("healthy").ending()).isNotEqualTo(Ending.FORFEIT);
        assertThat(Runs.descendants()).as("no child process outlives the run").isEmpty();
    }

    @Test
    void theSessionLimitCountsEveryAnswer() throws IOException, InterruptedException {
        Path script = dir.resolve("slow.sh");
        // ready, then each turn answers after 0.3 s with its first outcome: within the action limit, but
        // a session of many turns runs out of its 1 s budget
        Files.writeString(script, "read l; echo '" + READY + "'\nwhile read l; do sleep 0.3; echo '{\"type\":\"offer\","
                + "\"outcome\":[" + String.join(",", java.util.Collections.nCopies(BOXES.table(0).space().domain().size(), "0"))
                + "]}'; done\n");
        Map<String, SessionResult> r;
        try (Isolation iso = Isolation.start(new Limits(Duration.ofSeconds(1), 64), List.of())) {
            r = Runs.run(iso.registry(BuiltInAgents.registry(), false,
                    List.of(new Launch.External("slow", List.of("sh", script.toString())))),
                    List.of(spec("slow", "hardliner", "slow")), 1);
        }
        assertForfeit(r.get("slow"), "used up its session limit of 1000 ms (its process was killed)");
        assertThat(Runs.descendants()).isEmpty();
    }

    private static void assertForfeit(SessionResult r, String reason) {
        assertThat(r.ending()).as(r.reason()).isEqualTo(Ending.FORFEIT);
        assertThat(r.reason()).startsWith(reason);
    }
}
