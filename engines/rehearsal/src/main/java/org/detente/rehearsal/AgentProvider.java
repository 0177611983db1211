package org.detente.rehearsal;

/**
 * A third-party agent, found through {@link java.util.ServiceLoader}: list the implementing class in
 * {@code META-INF/services/org.detente.rehearsal.AgentProvider} of its jar and put the jar on the
 * class path; it then appears in {@code BuiltInAgents.registry()} under {@link #name()}.
 */
public interface AgentProvider extends AgentFactory {
    /** The agent's name in the registry (lower case, no spaces). */
    String name();
}
