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

    /** Offers its best outcome, and on its third turn does {@link #fault()}. */
    private abstract static class OnThirdTurn implements AgentProvider {
        abstract void fault();

        @Override
        public Agent create(AgentSetup setup) {
            int[] turns = {0};
            return v -> {
                if (++turns[0] == 3) {
                    fault();
                }
                return new Offer(v.own().outcomeAt(0));
            };
        }
    }

    /** Allocates without bound on its third turn, keeping everything it allocated until it fails. */
    public static final class Hungry extends OnThirdTurn {
        @Override
        public String name() {
            return "hungry";
        }

        @Override
        void fault() {
            List<long[]> hoard = new ArrayList<>();
            while (true) {
                hoard.add(new long[1 << 20]);
            }
        }
    }

    /** Calls {@code System.exit(0)} on its third turn. */
    public static final class Quitter extends OnThirdTurn {
        @Override
        public String name() {
            return "quitter";
        }

        @Override
        void fault() {
            System.exit(0);
        }
    }
}
