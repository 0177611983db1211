package org.detente.rehearsal;

/** Makes a fresh agent for one session. */
@FunctionalInterface
public interface AgentFactory {
    /**
     * A new agent for the party described by {@code setup}.
     *
     * @throws IllegalArgumentException if the agent cannot play with these preferences
     */
    Agent create(AgentSetup setup);
}
