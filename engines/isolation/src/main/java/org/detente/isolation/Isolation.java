package org.detente.isolation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.detente.rehearsal.Agent;
import org.detente.rehearsal.AgentFactory;
import org.detente.rehearsal.AgentRegistry;
import org.detente.rehearsal.AgentSetup;
import org.detente.rehearsal.SessionSpec;

/**
 * Agents out of process for one run (a tournament, a session): a registry whose agents each play in a
 * child process — Java agents in JVMs running {@link AgentHost}, external agents as their own
 * commands — over the agent protocol, under {@link Limits}. Processes are pooled and reused across
 * sessions; {@link #close()} ends every one of them (a shutdown hook does, if the JVM ends first).
 *
 * <p>The registry's agents run through {@link org.detente.rehearsal.Sessions#run} (every executor
 * does): a child process needs the session itself — its id, seed, deadline and party names.
 */
public final class Isolation implements AutoCloseable {
    private final ProcessPool pool;
    private final Launch.JavaHost host;

    private Isolation(Limits limits, List<Path> agentJars) {
        this.pool = new ProcessPool(limits);
        this.host = new Launch.JavaHost(agentJars);
    }

    /**
     * Starts a run's isolation (no process yet: they start as sessions need them).
     *
     * @param limits    what each agent may use
     * @param agentJars plug-in jars the Java agents' JVMs load, as this JVM did
     */
    public static Isolation start(Limits limits, List<Path> agentJars) {
        return new Isolation(limits, agentJars);
    }

    /**
     * The agents of {@code local} — each in a JVM of its own when {@code isolateJava}, else in this
     * one — and the external agents, each as its command.
     *
     * @throws IllegalArgumentException if an external agent takes the name of another agent
     */
    public AgentRegistry registry(AgentRegistry local, boolean isolateJava, List<Launch.External> external) {
        Map<String, AgentFactory> m = new LinkedHashMap<>();
        for (String name : local.names()) {
            m.put(name, isolateJava ? new Remote(pool, host, name) : local.get(name));
        }
        for (Launch.External e : external) {
            if (m.containsKey(e.name())) {
                throw new IllegalArgumentException("the external agent '" + e.name() + "' has the name of "
                        + (local.contains(e.name()) ? "a built-in or plug-in agent" : "another external agent"));
            }
            m.put(e.name(), new Remote(pool, e, e.name()));
        }
        return AgentRegistry.of(m);
    }

    /** What is isolated and how, in a line (for the command line's standard error). */
    public String describe(boolean isolateJava, boolean external) {
        Limits l = pool.limits();
        List<String> parts = new ArrayList<>();
        if (isolateJava) {
            parts.add("Java agents in JVMs of -Xmx" + l.memoryMiB() + "m");
        }
        if (external) {
            parts.add("external agents with " + Launch.MemoryCap.available().describe(l.memoryMiB()));
        }
        return "agents in child processes: " + String.join("; ", parts) + "; "
                + (l.session().isZero() ? "no session limit" : "each may answer for " + l.session().toMillis()
                + " ms a session in all");
    }

    /** The child processes started and not yet ended (those killed end a moment later). */
    public List<ProcessHandle> processes() {
        return pool.processes();
    }

    /** Kills every child process. */
    @Override
    public void close() {
        pool.close();
    }

    /** An agent in a child process: made for a session only. */
    private record Remote(ProcessPool pool, Launch launch, String name) implements AgentFactory {
        @Override
        public Agent create(AgentSetup setup) {
            throw new IllegalStateException("the agent '" + name + "' runs in a child process, for a session: "
                    + "run it through Sessions.run");
        }

        @Override
        public Agent create(SessionSpec spec, AgentSetup setup) {
            return RemoteAgent.start(pool, launch, name, spec, setup);
        }
    }
}
