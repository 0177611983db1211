package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plug-in jars through every entry point (issue 13, item 1): a jar built here — a provider compiled
 * with javax.tools, listed in its {@code META-INF/services} — is used by {@code negotiate
 * --agent-jar}, by a tournament file's {@code agentJars} and by {@code tournament --agent-jar}.
 */
class AgentJarTest {
    private static final String CASE = Path.of("../examples/arms-control.yaml").toAbsolutePath().normalize().toString();

    /** A jar holding the agent {@code stubborn} (it offers its best outcome every turn). */
    static Path stubbornJar(Path dir) throws Exception {
        Path src = dir.resolve("src/org/example/Stubborn.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, String.join("\n",
                "package org.example;",
                "public final class Stubborn implements org.detente.rehearsal.AgentProvider {",
                "    public String name() { return \"stubborn\"; }",
                "    public org.detente.rehearsal.Agent create(org.detente.rehearsal.AgentSetup setup) {",
                "        return v -> new org.detente.rehearsal.Offer(v.own().outcomeAt(0));",
                "    }",
                "}", ""));
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(null, null, null, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                src.toString());
        assertThat(rc).as("compiling the test agent").isZero();
        Path jar = dir.resolve("stubborn.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            add(out, "org/example/Stubborn.class", Files.readAllBytes(classes.resolve("org/example/Stubborn.class")));
            add(out, "META-INF/services/org.detente.rehearsal.AgentProvider", "org.example.Stubborn\n".getBytes());
        }
        return jar;
    }

    private static void add(JarOutputStream out, String name, byte[] bytes) throws Exception {
        out.putNextEntry(new JarEntry(name));
        ((OutputStream) out).write(bytes);
        out.closeEntry();
    }

    @Test
    void negotiateLoadsAnAgentFromAJarAndWithoutItNamesTheKnownOnesInOneLine(@TempDir Path dir) throws Exception {
        Path jar = stubbornJar(dir);
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
        stubbornJar(dir.resolve("agents"));
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
