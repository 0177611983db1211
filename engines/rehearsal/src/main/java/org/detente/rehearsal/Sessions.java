package org.detente.rehearsal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Runs an alternating-offers {@link SessionSpec}: makes the agents from a registry and plays the session. */
public final class Sessions {
    private Sessions() {
    }

    /**
     * Runs one session. An agent that cannot be created (it throws, overflows its stack or runs out of
     * memory) forfeits before the first turn. Every agent created is told the session ended
     * ({@link SessionAgent#ended}), whatever happened.
     *
     * @param spec     what to run
     * @param registry where the agents' names are looked up
     * @param options  trace, listener, watch (the spec's action limit replaces the options' limit)
     * @return the result
     * @throws IllegalArgumentException if an agent's name is unknown, or the session is single-text
     */
    public static SessionResult run(SessionSpec spec, AgentRegistry registry, SessionOptions options) {
        if (spec.mediated()) {
            throw new IllegalArgumentException("session " + spec.id() + " is single-text (mediator " + spec.mediator()
                    + "): run it with a runner that knows the protocol (Mediation.anyProtocol)");
        }
        Scenario s = spec.scenario();
        List<Agent> agents = new ArrayList<>();
        List<SessionAgent> told = null; // agents in other processes, to be told the session ended
        SessionResult result = null;
        try {
            for (int p = 0; p < s.parties(); p++) {
                AgentFactory f = registry.get(spec.agents().get(p));
                AgentSetup setup = new AgentSetup(p, s.parties(), s.table(p),
                        new SplittableRandom(Seeds.party(spec.seed(), p)));
                try {
                    Agent a = java.util.Objects.requireNonNull(f.create(spec, setup), "the factory returned no agent");
                    agents.add(a);
                    if (a instanceof SessionAgent t) {
                        told = told == null ? new ArrayList<>(s.parties()) : told;
                        told.add(t);
                    }
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    agents.clear();
                    result = SessionResult.forfeited(spec, p, "could not be created: "
                            + (e instanceof AgentFault ? e.getMessage() : e));
                    return result;
                }
            }
            result = Negotiation.run(s, agents, spec.agents(), spec.deadline(),
                    options.withActionLimit(spec.actionLimit()));
            return result;
        } finally {
            for (SessionAgent a : told == null ? List.<SessionAgent>of() : told) {
                try {
                    a.ended(result);
                } catch (RuntimeException e) {
                    // SessionAgent.ended must not throw; the session's result stands
                }
            }
        }
    }

    /** A runner for alternating-offers sessions, with agents from {@code registry}. */
    public static SessionRunner runner(AgentRegistry registry) {
        java.util.Objects.requireNonNull(registry, "registry");
        return (spec, options) -> run(spec, registry, options);
    }
}
