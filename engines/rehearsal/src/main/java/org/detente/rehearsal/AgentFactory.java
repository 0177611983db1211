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

    /**
     * A new agent for party {@code setup.party()} of the session {@code spec}; {@link Sessions#run}
     * calls this one. By default {@link #create(AgentSetup)}: only a factory that needs the session
     * itself (an agent in another process is told the session's deadline, seed and party names)
     * overrides it.
     *
     * @throws IllegalArgumentException if the agent cannot play with these preferences
     */
    default Agent create(SessionSpec spec, AgentSetup setup) {
        return create(setup);
    }
}
