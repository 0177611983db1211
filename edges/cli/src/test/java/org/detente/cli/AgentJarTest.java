package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.detente.testing.AgentJar;
import org.detente.testing.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plug-in jars through every entry point (issue 13, item 1): a jar built here — a provider compiled
 * with javax.tools, listed in its {@code META-INF/services} — is used by {@code negotiate
 * --agent-jar}, by a tournament file's {@code agentJars} and by {@code tournament --agent-jar}.
 */
class AgentJarTest {
    private static final String CASE = Repository.path("examples/arms-control.yaml").toString();

    @Test
    void negotiateLoadsAnAgentFromAJarAndWithoutItNamesTheKnownOnesInOneLine(@TempDir Path dir) throws Exception {
        Path jar = AgentJar.stubborn(dir);
        Cli without = Cli.run("negotiate", CASE, "--agents", "stubborn,boulware", "--rounds", "20", "--seed", "1");
        assertThat(without.code()).isEqualTo(ExitCode.USAGE);
        assertThat(without.err().lines()).hasSize(1);
        assertThat(without.err()).contains("unknown agent 'stubborn'; known agents: boulware").contains("--agent-jar");
        Cli with = Cli.run("negotiate", CASE, "--agents", "stubborn,boulware", "--rounds", "20", "--seed", "1",
                "--agent-jar", jar.toString());
        assertThat(with.code()).as(with.err()).isZero();
        assertThat(with.out()).contains("stubborn");
        Cli missing = Cli.run("negotiate", CASE, "--agents", "stubborn,boulware", "--rounds", "20", "--seed", "1",
                "--agent-jar", dir.resolve("nowhere.jar").toString());
        assertThat(missing.code()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(missing.err()).contains("nowhere.jar").contains("no such agent jar");
    }

    @Test
    void aTournamentTakesAgentJarsFromItsFileOrTheCommandLine(@TempDir Path dir) throws Exception {
        AgentJar.stubborn(dir.resolve("agents"));
        String body = String.join("\n", "seed: 2", "rounds: 30", "agents: [boulware, stubborn]",
                "scenarios:", "  - case: " + CASE, "");
        Path inFile = dir.resolve("t.yaml");
        Files.writeString(inFile, body + "agentJars: [agents/stubborn.jar]\n");
        Cli r = Cli.run("tournament", inFile.toString(), "--out", dir.resolve("a").toString(), "--no-progress");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("4 of 4 sessions").contains("stubborn");
        Path plain = dir.resolve("u.yaml");
        Files.writeString(plain, body);
        Cli c = Cli.run("tournament", plain.toString(), "--out", dir.resolve("b").toString(), "--no-progress",
                "--agent-jar", dir.resolve("agents/stubborn.jar").toString());
        assertThat(c.code()).as(c.err()).isZero();
        List<String> a = Files.readAllLines(dir.resolve("a/sessions.csv"));
        assertThat(Files.readAllLines(dir.resolve("b/sessions.csv"))).containsExactlyInAnyOrderElementsOf(a);
    }
}
