package org.detente.rehearsal;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything needed to run one session, so that any executor — local threads now, a cluster later —
 * runs it the same way.
 *
 * @param id          stable identifier (the same session has the same id in every run of a plan)
 * @param scenario    the prepared case
 * @param agents      agent names (registry keys), one per party in turn order
 * @param deadline    when to stop
 * @param seed        the session's seed; party p's generator is seeded with {@link Seeds#party(long, int)}
 * @param actionLimit longest one action may take ({@link Duration#ZERO}: no limit)
 * @param mediator    the mediator's name for a single-text session (the agents then name party
 *                    strategies, and a {@link SessionRunner} that knows the protocol runs it), or
 *                    empty for alternating offers
 */
public record SessionSpec(String id, Scenario scenario, List<String> agents, Deadline deadline, long seed,
                          Duration actionLimit, String mediator) {
    /** @throws IllegalArgumentException if the agents do not match the scenario's parties */
    public SessionSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(mediator, "mediator");
        agents = List.copyOf(agents);
        if (agents.size() != scenario.parties()) {
            throw new IllegalArgumentException("session " + id + ": scenario '" + scenario.name() + "' has "
                    + scenario.parties() + " parties but " + agents.size() + " agents were named");
        }
        if (actionLimit.isNegative()) {
            throw new IllegalArgumentException("action limit must not be negative");
        }
    }

    /** An alternating-offers session (no mediator). */
    public SessionSpec(String id, Scenario scenario, List<String> agents, Deadline deadline, long seed,
                       Duration actionLimit) {
        this(id, scenario, agents, deadline, seed, actionLimit, "");
    }

    /**
     * Who acts at {@code seat}: a party's agent, or — at the seat after the parties, where the
     * single-text engine's watch puts its mediator — the mediator.
     */
    public String actor(int seat) {
        return seat < agents.size() ? agents.get(seat) : "mediator " + mediator;
    }

    /** Whether the session is single-text, run through its mediator. */
    public boolean mediated() {
        return !mediator.isEmpty();
    }
}
