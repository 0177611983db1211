package org.detente.spark;

import org.detente.rehearsal.Agent;
import org.detente.rehearsal.AgentProvider;
import org.detente.rehearsal.AgentSetup;
import org.detente.rehearsal.Offer;

/**
 * Fault-injection agents, registered as third-party agents through
 * {@code META-INF/services/org.detente.rehearsal.AgentProvider} in the test resources, so that the
 * workers find them the way they find any agent shipped in a jar: on their third turn one throws,
 * one hangs (it sleeps until interrupted, so the thread it holds is given back), one spins ignoring
 * the interrupt (for a few seconds, so that a test leaves nothing running for long).
 */
final class FaultyAgents {
    private FaultyAgents() {
    }

    /** {@code test-throws}: throws on its third turn. */
    public static final class Throws implements AgentProvider {
        @Override
        public String name() {
            return "test-throws";
        }

        @Override
        public Agent create(AgentSetup setup) {
            int[] turns = {0};
            return v -> {
                if (++turns[0] == 3) {
                    throw new IllegalStateException("injected fault");
                }
                return new Offer(v.own().outcomeAt(0));
            };
        }
    }

    /** {@code test-hangs}: does not answer its third turn. */
    public static final class Hangs implements AgentProvider {
        @Override
        public String name() {
            return "test-hangs";
        }

        @Override
        public Agent create(AgentSetup setup) {
            int[] turns = {0};
            return v -> {
                if (++turns[0] == 3) {
                    try {
                        Thread.sleep(3_600_000L);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while hanging", e);
                    }
                }
                return new Offer(v.own().outcomeAt(0));
            };
        }
    }

    /** {@code test-spins}: on its third turn, busy for {@link #SPIN_MILLIS} ms, deaf to interrupts. */
    public static final class Spins implements AgentProvider {
        /** How long it spins. */
        static final long SPIN_MILLIS = 4_000;
        private static volatile long spins;

        @Override
        public String name() {
            return "test-spins";
        }

        @Override
        public Agent create(AgentSetup setup) {
            int[] turns = {0};
            return v -> {
                if (++turns[0] == 3) {
                    long end = System.nanoTime() + SPIN_MILLIS * 1_000_000;
                    while (System.nanoTime() < end) {
                        spins++;
                    }
                }
                return new Offer(v.own().outcomeAt(0));
            };
        }
    }

    /** {@code test-oom}: throws an {@link OutOfMemoryError} on its third turn, as an agent that allocated without bound. */
    public static final class OutOfMemory implements AgentProvider {
        @Override
        public String name() {
            return "test-oom";
        }

        @Override
        public Agent create(AgentSetup setup) {
            int[] turns = {0};
            return v -> {
                if (++turns[0] == 3) {
                    throw new OutOfMemoryError("Java heap space (injected)");
                }
                return new Offer(v.own().outcomeAt(0));
            };
        }
    }
}
