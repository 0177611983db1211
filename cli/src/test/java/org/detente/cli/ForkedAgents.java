package org.detente.cli;

import java.util.ArrayList;
import java.util.List;

import org.detente.rehearsal.Agent;
import org.detente.rehearsal.AgentProvider;
import org.detente.rehearsal.AgentSetup;
import org.detente.rehearsal.Offer;

/**
 * Agents that take the JVM down, for tests that run the command line in a forked JVM only (never
 * listed in the test classes' {@code META-INF/services}: {@link ForkedRun} lists them for the fork).
 */
final class ForkedAgents {
    private ForkedAgents() {
    }

    /** Allocates without bound on its third turn, keeping everything it allocated. */
    public static final class Hungry implements AgentProvider {
        @Override
        public String name() {
            return "hungry";
        }

        @Override
        public Agent create(AgentSetup setup) {
            List<long[]> hoard = new ArrayList<>();
            int[] turns = {0};
            return v -> {
                if (++turns[0] == 3) {
                    while (true) {
                        hoard.add(new long[1 << 20]);
                    }
                }
                return new Offer(v.own().outcomeAt(0));
            };
        }
    }

    /** Calls {@code System.exit(0)} on its third turn. */
    public static final class Quitter implements AgentProvider {
        @Override
        public String name() {
            return "quitter";
        }

        @Override
        public Agent create(AgentSetup setup) {
            int[] turns = {0};
            return v -> {
                if (++turns[0] == 3) {
                    System.exit(0);
                }
                return new Offer(v.own().outcomeAt(0));
            };
        }
    }
}
