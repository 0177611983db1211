package org.detente.isolation;

import java.util.ArrayList;
import java.util.List;

import org.detente.rehearsal.Agent;
import org.detente.rehearsal.AgentProvider;
import org.detente.rehearsal.AgentSetup;
import org.detente.rehearsal.Offer;

/**
 * Agents that fail on their third turn in ways only a process boundary contains: they hang, spin,
 * allocate without bound, call {@code System.exit}, print into standard output. Listed in this
 * module's test {@code META-INF/services}, so that the agent host of an isolated test run finds them.
 */
final class FaultyAgents {
    private FaultyAgents() {
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

    /** Sleeps for ever, ignoring interrupts. */
    public static final class Hangs extends OnThirdTurn {
        @Override
        public String name() {
            return "test-hangs";
        }

        @Override
        void fault() {
            while (true) {
                try {
                    Thread.sleep(1_000_000);
                } catch (InterruptedException e) {
                    // on purpose
                }
            }
        }
    }

    /** Spins for ever. */
    public static final class Spins extends OnThirdTurn {
        @Override
        public String name() {
            return "test-spins";
        }

        @Override
        void fault() {
            while (true) {
                Thread.onSpinWait();
            }
        }
    }

    /** Allocates without bound, keeping what it allocated. */
    public static final class Hoards extends OnThirdTurn {
        @Override
        public String name() {
            return "test-hoards";
        }

        @Override
        void fault() {
            List<long[]> hoard = new ArrayList<>();
            while (true) {
                hoard.add(new long[1 << 20]);
            }
        }
    }

    /** Calls {@code System.exit(3)}. */
    public static final class Exits extends OnThirdTurn {
        @Override
        public String name() {
            return "test-exits";
        }

        @Override
        void fault() {
            System.exit(3);
        }
    }

    /** Prints to its standard output, then plays on (the host keeps the protocol's channel clean). */
    public static final class Prints extends OnThirdTurn {
        @Override
        public String name() {
            return "test-prints";
        }

        @Override
        void fault() {
            System.out.println("hello from the agent");
        }
    }
}
