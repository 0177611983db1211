package org.detente.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.detente.isolation.Isolation;
import org.detente.isolation.Launch;
import org.detente.isolation.Limits;
import org.detente.rehearsal.AgentRegistry;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --isolate}, {@code --external NAME=COMMAND}, {@code --session-limit}, {@code --agent-memory}:
 * agents in child processes, for {@code negotiate} and {@code tournament}.
 */
final class IsolationMixin {
    @Option(names = "--isolate",
            description = "Run every Java agent in a JVM of its own, a child process speaking the agent protocol"
                    + " (docs/agent-protocol.md): one that hangs, exits or runs out of memory forfeits and the rest go on.")
    boolean isolate;

    @Option(names = "--external", paramLabel = "NAME=COMMAND",
            description = "An agent in any language: COMMAND (split at spaces, run in this directory) speaks the agent"
                    + " protocol on its standard input and output; NAME is its name in --agents. Repeatable.")
    List<String> external = new ArrayList<>();

    @Option(names = "--session-limit", paramLabel = "DURATION",
            description = "Isolated and external agents: the longest an agent's answers may take in all, a session"
                    + " (default 1m; 0 for none).")
    String sessionLimit;

    @Option(names = "--agent-memory", paramLabel = "MiB",
            description = "Isolated and external agents: each one's memory, the heap of a JVM (-Xmx), the address"
                    + " space of another program (default " + Limits.DEFAULT_MEMORY_MIB + ").")
    Integer agentMemory;

    /**
     * What runs out of process.
     *
     * @param isolate  whether the Java agents run in child JVMs
     * @param external the external agents
     * @param limits   what each may use
     */
    record Isolating(boolean isolate, List<Launch.External> external, Limits limits) {
        /** Whether any agent runs in a child process. */
        boolean any() {
            return isolate || !external.isEmpty();
        }

        /**
         * Starts what runs out of process, if anything does.
         *
         * @param cl        the command, for a usage error
         * @param inJvm     the agents in this JVM
         * @param agentJars the agent jars the child JVMs load
         * @throws CommandLine.ParameterException if an external agent's name is not usable (nothing is left running)
         */
        Started start(CommandLine cl, AgentRegistry inJvm, List<Path> agentJars) {
            if (!any()) {
                return new Started(null, inJvm);
            }
            Isolation iso = Isolation.start(limits, agentJars);
            try {
                return new Started(iso, iso.registry(inJvm, isolate, external));
            } catch (IllegalArgumentException e) {
                iso.close();
                throw new CommandLine.ParameterException(cl, e.getMessage());
            } catch (RuntimeException | Error e) {
                iso.close();
                throw e;
            }
        }
    }

    /**
     * The agents once started: the child processes (null if every agent runs in this JVM) and the
     * registry that reaches them beside the agents in this JVM. Closing stops the child processes.
     */
    record Started(Isolation isolation, AgentRegistry registry) implements AutoCloseable {
        @Override
        public void close() {
            if (isolation != null) {
                isolation.close();
            }
        }
    }

    /**
     * These options over a tournament file's ({@code isolation: process}, {@code external:},
     * {@code sessionLimit:}, {@code agentMemory:}; nulls and empties for a session).
     *
     * @throws CommandLine.ParameterException if an option is malformed or an external name repeats
     */
    Isolating resolve(CommandLine cl, boolean fileIsolate, List<Launch.External> fileExternal, Duration fileSession,
                      Integer fileMemory) {
        List<Launch.External> all = new ArrayList<>(fileExternal);
        for (String e : external) {
            int eq = e.indexOf('=');
            List<String> command = eq < 0 ? List.of() : Arrays.stream(e.substring(eq + 1).trim().split("\\s+"))
                    .filter(s -> !s.isEmpty()).toList();
            if (eq <= 0 || command.isEmpty()) {
                throw new CommandLine.ParameterException(cl, "--external needs NAME=COMMAND, e.g. "
                        + "--external 'py=python3 agents/python/example_agent.py'; was '" + e + "'");
            }
            all.add(new Launch.External(e.substring(0, eq).trim(), command));
        }
        for (int i = 0; i < all.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (all.get(i).name().equals(all.get(j).name())) {
                    throw new CommandLine.ParameterException(cl, "two external agents are named '" + all.get(i).name() + "'");
                }
            }
        }
        Duration session = fileSession == null ? Limits.DEFAULT_SESSION : fileSession;
        if (sessionLimit != null) {
            try {
                session = sessionLimit.trim().equals("0") ? Duration.ZERO : DeadlineOptions.duration(sessionLimit);
            } catch (CommandLine.TypeConversionException ex) {
                throw new CommandLine.ParameterException(cl, "--session-limit: " + ex.getMessage() + ", or 0 for none");
            }
        }
        int memory = agentMemory != null ? agentMemory : fileMemory != null ? fileMemory : Limits.DEFAULT_MEMORY_MIB;
        if (memory < Limits.MIN_MEMORY_MIB) {
            throw new CommandLine.ParameterException(cl, "--agent-memory must be at least " + Limits.MIN_MEMORY_MIB
                    + " (MiB), was " + memory);
        }
        return new Isolating(isolate || fileIsolate, all, new Limits(session, memory));
    }
}
