package org.detente.cli;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.detente.rehearsal.testing.FaultyAgents;

/**
 * Runs {@code detente} in a forked JVM with this module's test class path, the agents that take the
 * JVM down ({@code test-hoards}, {@code test-quits}, {@code test-spins} of {@link FaultyAgents}) registered, and a heap of {@code heapMiB}; kills it (and fails) if it has not ended in two minutes.
 */
record ForkedRun(int code, String out, String err) {

    static ForkedRun run(Path dir, int heapMiB, String... args) throws Exception {
        Path services = dir.resolve("fork-services");
        Path list = services.resolve("META-INF/services/org.detente.rehearsal.AgentProvider");
        Files.createDirectories(list.getParent());
        Files.writeString(list, FaultyAgents.Hoards.class.getName() + "\n" + FaultyAgents.Quits.class.getName() + "\n"
                + FaultyAgents.Spins.class.getName() + "\n");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heapMiB + "m", "-cp", System.getProperty("java.class.path") + File.pathSeparator + services,
                Main.class.getName()));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("fork.out");
        Path err = dir.resolve("fork.err");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("detente " + String.join(" ", args) + " hung: killed after two minutes; stderr: "
                    + Files.readString(err));
        }
        return new ForkedRun(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
