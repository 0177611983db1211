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

    /** Spins on its third turn, ignoring interrupts, until the JVM ends. */
    public static final class Spinner extends OnThirdTurn {
        private static volatile long spins;

        @Override
        public String name() {
            return "spinner";
        }

        @Override
        void fault() {
            while (true) {
                spins++;
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
