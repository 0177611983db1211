package org.detente.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** A JVM that ends without closing its isolation still leaves no agent process behind. */
class ShutdownHookTest {
    @Test
    void theShutdownHookKillsTheAgentProcesses() throws Exception {
        Process fork = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HookMain.class.getName()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long pid;
        try (var in = new BufferedReader(new InputStreamReader(fork.getInputStream(), StandardCharsets.UTF_8))) {
            pid = Long.parseLong(in.readLine().strip());
        }
        assertThat(fork.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Optional<ProcessHandle> agent = ProcessHandle.of(pid);
        if (agent.isPresent()) {
            agent.get().onExit().get(5, TimeUnit.SECONDS);
        }
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).as("agent process %d", pid)
                .isIn(Optional.empty(), Optional.of(false));
    }
}
