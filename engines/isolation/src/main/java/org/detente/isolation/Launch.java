package org.detente.isolation;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a child process runs: the agent host in a JVM (any agent of the registry, by name), or an
 * external agent's command. Processes of equal launches are interchangeable, so the pool keeps its
 * idle processes by launch.
 */
public sealed interface Launch permits Launch.JavaHost, Launch.External {
    /**
     * The command line that starts it.
     *
     * @param memoryMiB the memory limit (see {@link Limits#memoryMiB()})
     */
    List<String> command(int memoryMiB);

    /**
     * A JVM running {@link AgentHost} on this JVM's class path, with the plug-in jars, its heap capped
     * by {@code -Xmx}.
     *
     * @param agentJars plug-in jars of third-party agents
     */
    record JavaHost(List<Path> agentJars) implements Launch {
        /** Copies the list. */
        public JavaHost {
            agentJars = agentJars.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        }

        @Override
        public List<String> command(int memoryMiB) {
            String classPath = String.join(File.pathSeparator, java.util.Arrays.stream(
                    System.getProperty("java.class.path").split(File.pathSeparator))
                    .map(p -> Path.of(p).toAbsolutePath().toString()).toList());
            List<String> c = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + memoryMiB + "m", "-XX:+UseSerialGC", "-Xshare:auto", "-cp", classPath,
                    AgentHost.class.getName()));
            for (Path j : agentJars) {
                c.add("--agent-jar");
                c.add(j.toString());
            }
            return c;
        }
    }

    /**
     * An executable speaking the protocol, its address space capped by {@code prlimit --as}, or by
     * {@code ulimit -v} in {@code sh} where prlimit is missing; with neither (Windows), uncapped.
     *
     * @param name    the agent's name
     * @param command the program and its arguments
     */
    record External(String name, List<String> command) implements Launch {
        /** @throws IllegalArgumentException if the name or command is empty */
        public External {
            Objects.requireNonNull(name, "name");
            command = List.copyOf(command);
            if (name.isBlank() || command.isEmpty() || command.get(0).isBlank()) {
                throw new IllegalArgumentException("an external agent needs a name and a command");
            }
        }

        @Override
        public List<String> command(int memoryMiB) {
            List<String> c = new ArrayList<>();
            MemoryCap cap = MemoryCap.available();
            if (cap == MemoryCap.PRLIMIT) {
                c.addAll(List.of("prlimit", "--as=" + (long) memoryMiB * 1024 * 1024, "--"));
            } else if (cap == MemoryCap.ULIMIT) {
                c.addAll(List.of("sh", "-c", "ulimit -v " + (long) memoryMiB * 1024 + " && exec \"$@\"", "sh"));
            } else if (cap != MemoryCap.NONE) {
                throw new AssertionError(cap);
            }
            c.addAll(command);
            return c;
        }
    }

    /** How an external agent's memory is capped on this system. */
    enum MemoryCap {
        /** util-linux's prlimit sets RLIMIT_AS, then runs the command. */
        PRLIMIT,
        /** sh's {@code ulimit -v} sets RLIMIT_AS, then execs the command. */
        ULIMIT,
        /** Neither is available: no cap. */
        NONE;

        private static final MemoryCap FOUND = find();

        /** The first of prlimit and sh found on the PATH. */
        static MemoryCap available() {
            return FOUND;
        }

        private static MemoryCap find() {
            String path = System.getenv("PATH");
            if (path == null) {
                return NONE;
            }
            boolean sh = false;
            for (String dir : path.split(File.pathSeparator)) {
                if (dir.isEmpty()) {
                    continue;
                }
                if (Files.isExecutable(Path.of(dir, "prlimit"))) {
                    return PRLIMIT;
                }
                sh |= Files.isExecutable(Path.of(dir, "sh"));
            }
            return sh ? ULIMIT : NONE;
        }

        /** In words, for the line the command line prints. */
        String describe(int memoryMiB) {
            if (this == PRLIMIT) {
                return "address space ≤ " + memoryMiB + " MiB (prlimit --as)";
            } else if (this == ULIMIT) {
                return "address space ≤ " + memoryMiB + " MiB (sh ulimit -v)";
            } else if (this == NONE) {
                return "no memory limit (neither prlimit nor sh is on the PATH)";
            }
            throw new AssertionError(this);
        }
    }
}
