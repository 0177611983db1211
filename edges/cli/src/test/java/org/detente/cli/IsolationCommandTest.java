package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import org.detente.testing.Python;
import org.detente.testing.Repository;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Agents out of process through the command line: {@code isolation: process} / {@code --isolate},
 * {@code external:} / {@code --external}, end to end — the reference Python agent plays a tournament
 * against the built-in agents. The Python tests are skipped without {@code python3}, except where
 * {@code DETENTE_TEST_PYTHON_REQUIRED=1} or {@code CI=true}: there they fail.
 */
@Tag("slow")
class IsolationCommandTest {
    private static final String ARMS = Repository.path("examples/arms-control.yaml").toString();
    private static final String PY = Repository.path("agents/python/example_agent.py").toString();

    private static Path config(Path dir, String... more) throws Exception {
        Path cfg = dir.resolve("t.yaml");
        Files.writeString(cfg, String.join("\n", "seed: 3", "rounds: 80", "repetitions: 1", "actionLimit: 10s",
                "scenarios:", "  - case: " + ARMS, String.join("\n", more), ""));
        return cfg;
    }

    private static TreeSet<String> lines(Path file) throws Exception {
        return new TreeSet<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    @Test
    void thePythonAgentPlaysATournamentAgainstTheBuiltInAgents(@TempDir Path dir) throws Exception {
        Python.need();
        Path cfg = config(dir, "agents: [boulware, conceder, tit-for-tat, py-example]", "isolation: process",
                "external:", "  - name: py-example", "    command: [python3, " + PY + "]");
        Cli r = Cli.run("tournament", cfg.toString(), "--out", dir.resolve("out").toString(), "--no-progress",
                "--threads", "2");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("agents in child processes: Java agents in JVMs of -Xmx512m; external agents with");
        List<String> sessions = Files.readAllLines(dir.resolve("out/sessions.jsonl"));
        assertThat(sessions).hasSize(16);
        assertThat(sessions).allSatisfy(s -> assertThat(s).doesNotContain("\"forfeit\""));
        assertThat(sessions.stream().filter(s -> s.contains("py-example") && s.contains("\"endedBy\":\"agreement\"")).count())
                .as("agreements of the Python agent").isGreaterThan(3);
        assertThat(r.out()).contains("py-example");
    }

    @Test
    void negotiateWithAnExternalAgent(@TempDir Path dir) {
        Python.need();
        Cli r = Cli.run("negotiate", ARMS, "--agents", "boulware,py", "--external", "py=python3 " + PY,
                "--rounds", "100", "--seed", "2", "--action-limit", "5000", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"agents\":[\"boulware\",\"py\"]").doesNotContain("\"forfeit\"");
    }

    @Test
    void isolatedJavaAgentsGiveTheSameResults(@TempDir Path dir) throws Exception {
        Path cfg = config(dir, "agents: [boulware, random, strategist]");
        assertThat(Cli.run("tournament", cfg.toString(), "--out", dir.resolve("in").toString(), "--no-progress").code())
                .isZero();
        Cli r = Cli.run("tournament", cfg.toString(), "--out", dir.resolve("out").toString(), "--no-progress",
                "--isolate", "--agent-memory", "128");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("Java agents in JVMs of -Xmx128m");
        assertThat(lines(dir.resolve("out/sessions.jsonl"))).isEqualTo(lines(dir.resolve("in/sessions.jsonl")));
    }

    @Test
    void negotiateIsolatedGivesTheSameSession() {
        String[] args = {"negotiate", ARMS, "--agents", "strategist,random", "--rounds", "60", "--seed", "4", "--json"};
        Cli in = Cli.run(args);
        String[] isolated = java.util.Arrays.copyOf(args, args.length + 3);
        isolated[args.length] = "--isolate";
        isolated[args.length + 1] = "--session-limit";
        isolated[args.length + 2] = "0";
        Cli out = Cli.run(isolated);
        assertThat(in.code()).as(in.err()).isZero();
        assertThat(out.code()).as(out.err()).isZero();
        assertThat(out.out()).isEqualTo(in.out());
    }

    @Test
    void anIsolatedJvmLoadsThePlugInJars(@TempDir Path dir) throws Exception {
        Path jar = org.detente.testing.AgentJar.stubborn(dir);
        Cli r = Cli.run("negotiate", ARMS, "--agent-jar", jar.toString(), "--agents", "stubborn,conceder", "--isolate",
                "--rounds", "30", "--seed", "1", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"agents\":[\"stubborn\",\"conceder\"]").doesNotContain("\"forfeit\"");
    }

    @Test
    void badIsolationSettingsAreRefusedInALine(@TempDir Path dir) throws Exception {
        Cli r = Cli.run("tournament", config(dir, "agents: [boulware]", "isolation: maybe").toString(), "--out",
                dir.resolve("a").toString());
        assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.err()).contains("t.yaml:").contains("isolation").contains("'process'").doesNotContain("at org.");
        r = Cli.run("tournament", config(dir, "agents: [boulware]", "external:", "  - name: x").toString(), "--out",
                dir.resolve("b").toString());
        assertThat(r.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(r.err()).contains("needs 'name' and 'command'");
        r = Cli.run("tournament", config(dir, "agents: [boulware]", "external:", "  - name: boulware",
                "    command: [sh]").toString(), "--out", dir.resolve("c").toString());
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("the external agent 'boulware' has the name of a built-in or plug-in agent");
        r = Cli.run("negotiate", ARMS, "--agents", "boulware,x", "--external", "x", "--rounds", "10");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--external needs NAME=COMMAND");
        r = Cli.run("negotiate", ARMS, "--agents", "boulware,linear", "--isolate", "--agent-memory", "8", "--rounds", "10");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--agent-memory must be at least 16");
        r = Cli.run("negotiate", ARMS, "--agents", "boulware,linear", "--isolate", "--session-limit", "soon", "--rounds", "10");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--session-limit: 'soon' is not a positive duration");
        r = Cli.run("tournament", config(dir, "agents: [boulware]").toString(), "--out", dir.resolve("d").toString(),
                "--engine", "spark", "--isolate");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("need the local engine");
    }
}
