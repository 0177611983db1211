package org.detente.cli;

import org.detente.rehearsal.Agent;
import org.detente.rehearsal.AgentProvider;
import org.detente.rehearsal.AgentSetup;
import org.detente.rehearsal.Offer;

/**
 * What only a JVM the command line's tests launch finds (never listed in the test classes'
 * {@code META-INF/services}): a slow agent and an engine. The agents that take the JVM down are
 * rehearsal's {@link org.detente.rehearsal.testing.FaultyAgents}, which {@link ForkedRun} lists for the fork.
 */
final class ForkedAgents {
    private ForkedAgents() {
    }

    /** Offers its best outcome after 20 ms on each turn: sessions that last (for a run to be killed in). */
    public static final class Sleepy implements AgentProvider {
        @Override
        public String name() {
            return "sleepy";
        }

        @Override
        public Agent create(AgentSetup setup) {
            return v -> {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new Offer(v.own().outcomeAt(0));
            };
        }
    }

    /**
     * An engine for {@code --engine sleepy-engine}, found by the JVM the command line launches (its
     * service file is written by the test into the engine's build folder, never on this module's
     * class path): this JVM's threads, one at a time.
     */
    public static final class LaunchedEngine implements org.detente.tournament.TournamentEngine {
        @Override
        public String name() {
            return "sleepy-engine";
        }

        @Override
        public Run start(Settings settings) {
            return org.detente.tournament.TournamentEngine.local(1, org.detente.rehearsal.agents.BuiltInAgents.registry());
        }
    }
}
