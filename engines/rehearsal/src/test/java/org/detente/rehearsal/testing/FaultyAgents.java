package org.detente.rehearsal.testing;

import java.util.ArrayList;
import java.util.List;

import org.detente.rehearsal.Agent;
import org.detente.rehearsal.AgentFactory;
import org.detente.rehearsal.AgentProvider;
import org.detente.rehearsal.AgentSetup;
import org.detente.rehearsal.Offer;

/**
 * Fault-injection agents for the tests of every module (published in {@code detente-rehearsal}'s
 * test jar): each offers its best outcome and, on its third turn, fails in one way — it throws,
 * hangs, spins (for ever or for a while), runs out of memory or allocates without bound, exits the
 * JVM, or prints into standard output.
 *
 * <p>The providers are found by {@link java.util.ServiceLoader} only where a module lists them: in
 * its test {@code META-INF/services} (the agent host of an isolated run, Spark's workers), or in a
 * services folder a test writes for a forked JVM. The test jar itself lists none.
 */
public final class FaultyAgents {
    private FaultyAgents() {
    }

    /** An agent that offers its best outcome and, on its third turn, runs {@code fault} first. */
    public static AgentFactory onThirdTurn(Runnable fault) {
        return setup -> {
            int[] turns = {0};
            return v -> {
                if (++turns[0] == 3) {
                    fault.run();
                }
                return new Offer(v.own().outcomeAt(0));
            };
        };
    }

    /** A provider of {@link #onThirdTurn} agents, by name. */
    public abstract static class OnThirdTurn implements AgentProvider {
        private final String name;
        private final AgentFactory factory;

        OnThirdTurn(String name, Runnable fault) {
            this.name = name;
            this.factory = onThirdTurn(fault);
        }

        @Override
        public final String name() {
            return name;
        }

        @Override
        public final Agent create(AgentSetup setup) {
            return factory.create(setup);
        }
    }

    /** {@code test-throws}: throws an {@link IllegalStateException} ("injected fault"). */
    public static final class Throws extends OnThirdTurn {
        public Throws() {
            super("test-throws", FaultyAgents::fail);
        }
    }

    /** {@code test-hangs}: sleeps for ever, ignoring interrupts. */
    public static final class Hangs extends OnThirdTurn {
        public Hangs() {
            super("test-hangs", () -> {
                while (true) {
                    try {
                        Thread.sleep(1_000_000);
                    } catch (InterruptedException e) {
                        // on purpose
                    }
                }
            });
        }
    }

    /**
     * {@code test-stalls}: does not answer until interrupted, then throws (so the thread it holds is
     * given back).
     */
    public static final class Stalls extends OnThirdTurn {
        public Stalls() {
            super("test-stalls", () -> {
                try {
                    Thread.sleep(3_600_000L);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while hanging", e);
                }
            });
        }
    }

    /** {@code test-spins}: spins for ever, ignoring interrupts, burning its CPU. */
    public static final class Spins extends OnThirdTurn {
        public Spins() {
            super("test-spins", FaultyAgents::spin);
        }
    }

    /**
     * {@code test-busy}: busy for {@link #BUSY_MILLIS} ms, ignoring interrupts, then plays on — an
     * agent that goes on costing after it forfeited, for a while (so that a test leaves nothing running).
     */
    public static final class Busy extends OnThirdTurn {
        /** How long it is busy. */
        public static final long BUSY_MILLIS = 4_000;

        public Busy() {
            super("test-busy", () -> {
                long end = System.nanoTime() + BUSY_MILLIS * 1_000_000;
                while (System.nanoTime() < end) {
                    Thread.onSpinWait();
                }
            });
        }
    }

    /** {@code test-oom}: throws an {@link OutOfMemoryError}, as an agent that allocated without bound. */
    public static final class OutOfMemory extends OnThirdTurn {
        public OutOfMemory() {
            super("test-oom", () -> {
                throw new OutOfMemoryError("Java heap space (injected)");
            });
        }
    }

    /** {@code test-hoards}: allocates without bound, keeping everything it allocated until it fails. */
    public static final class Hoards extends OnThirdTurn {
        public Hoards() {
            super("test-hoards", () -> {
                List<long[]> hoard = new ArrayList<>();
                while (true) {
                    hoard.add(new long[1 << 20]);
                }
            });
        }
    }

    /** {@code test-exits}: calls {@code System.exit(3)}. */
    public static final class Exits extends OnThirdTurn {
        public Exits() {
            super("test-exits", () -> System.exit(3));
        }
    }

    /** {@code test-quits}: calls {@code System.exit(0)}, as if all were well. */
    public static final class Quits extends OnThirdTurn {
        public Quits() {
            super("test-quits", () -> System.exit(0));
        }
    }

    /** {@code test-prints}: prints to its standard output, then plays on. */
    public static final class Prints extends OnThirdTurn {
        public Prints() {
            super("test-prints", () -> System.out.println("hello from the agent"));
        }
    }

    /** Throws an {@link IllegalStateException}: "injected fault". */
    public static void fail() {
        throw new IllegalStateException("injected fault");
    }

    /** Spins for ever, ignoring interrupts. */
    public static void spin() {
        while (true) {
            Thread.onSpinWait();
        }
    }
}
