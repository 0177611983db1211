package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.detente.testing.Repository;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM that {@code --engine NAME} launches is owned by the command (issue 17, item 7): killed
 * with {@code kill -9}, which runs no shutdown hook, the launcher takes its engine with it — the
 * engine's JVM is gone within seconds, writes no row after, and leaves its output folder free for a
 * resume (a probe found Spark's JVM writing on, beside the resume, into duplicate rows). An engine built in a folder the
 * test writes ({@link ForkedAgents.LaunchedEngine}, found only by the launched JVM) stands in for
 * Spark.
 */
@Tag("slow") // forked JVMs killed and watched: full suite only
class LaunchedEngineTest {
    /** The engine's build folder: its service files in {@code classes/}, empty class path files. */
    private static Path engineHome(Path dir) throws Exception {
        Path home = dir.resolve("sleepy-engine-build");
        Path services = home.resolve("classes/META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve("org.detente.tournament.TournamentEngine"),
                ForkedAgents.LaunchedEngine.class.getName() + "\n");
        Files.writeString(services.resolve("org.detente.rehearsal.AgentProvider"), ForkedAgents.Sleepy.class.getName() + "\n");
        // Détente's jars: the command line's own classes (the launcher leaves them out of what it passes on)
        Files.writeString(home.resolve("detente-sleepy-engine.classpath"),
                Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        for (String f : List.of("sleepy-engine.classpath", "detente-sleepy-engine.jvmopts")) {
            Files.writeString(home.resolve(f), "");
        }
        return home;
    }

    private static long rows(Path jsonl) throws Exception {
        return Files.exists(jsonl) ? Files.readAllLines(jsonl, StandardCharsets.UTF_8).size() : 0;
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void killingTheLauncherWithSigkillEndsTheEnginesJvmAndItsWrites(@TempDir Path dir) throws Exception {
        Path arms = Repository.path("examples/arms-control.yaml");
        Path cfg = dir.resolve("t.yaml");
        Files.writeString(cfg, String.join("\n", "seed: 5", "rounds: 40", "repetitions: 50",
                "agents: [sleepy, boulware]", "scenarios:", "  - case: " + arms, ""));
        Path out = dir.resolve("out");
        Path jsonl = out.resolve("sessions.jsonl");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Ddetente.sleepy-engine.home=" + engineHome(dir), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "tournament", cfg.toString(), "--out", out.toString(), "--engine", "sleepy-engine",
                "--no-progress"));
        Process launcher = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve("launcher.out").toFile()).start();
        Optional<ProcessHandle> engine = Optional.empty();
        try {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (rows(jsonl) < 2 && launcher.isAlive() && System.nanoTime() < until) {
                Thread.sleep(50);
            }
            assertThat(launcher.isAlive()).as(Files.readString(dir.resolve("launcher.out"))).isTrue();
            assertThat(rows(jsonl)).as("the engine's JVM is writing rows").isGreaterThanOrEqualTo(2);
            engine = launcher.toHandle().children().findFirst();
            assertThat(engine).as("the engine's JVM").isPresent();

            launcher.destroyForcibly(); // SIGKILL: no shutdown hook runs in the launcher
            assertThat(launcher.waitFor(10, TimeUnit.SECONDS)).isTrue();
            long killed = System.nanoTime();
            engine.get().onExit().get(10, TimeUnit.SECONDS);
            assertThat(engine.get().isAlive()).isFalse();
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killed)).as("ms to end the engine").isLessThan(5_000);

            long after = rows(jsonl);
            Thread.sleep(1_000);
            assertThat(rows(jsonl)).as("no row written after").isEqualTo(after).isLessThan(200);
            assertThat(Files.readString(jsonl)).as("whole lines only, kept for a resume").matches("(\\{[^\n]*}\n)*");
        } finally {
            engine.ifPresent(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
        }
        // the lock went with the engine's JVM: a resume may start at once
        assertThat(Files.readString(out.resolve(".lock"))).contains("process " + engine.get().pid());
        try (var ch = java.nio.channels.FileChannel.open(out.resolve(".lock"), java.nio.file.StandardOpenOption.WRITE);
             var lock = ch.tryLock()) {
            assertThat(lock).as("the killed run's lock is free").isNotNull();
        }
    }
}
