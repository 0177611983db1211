package org.detente.rehearsal;

import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * What an agent is given when a session starts: its place, its own preferences and its own
 * seeded source of randomness (never another party's preferences).
 *
 * @param party   its party index
 * @param parties number of parties, at least 2
 * @param own     its own utility table
 * @param random  its random generator, seeded from the session seed and its party index
 */
public record AgentSetup(int party, int parties, UtilityTable own, RandomGenerator random) {
    /** @throws IllegalArgumentException if the party index is out of range */
    public AgentSetup {
        if (parties < 2 || party < 0 || party >= parties) {
            throw new IllegalArgumentException("party " + party + " of " + parties);
        }
        Objects.requireNonNull(own, "own");
        Objects.requireNonNull(random, "random");
    }
}
