package org.detente.rehearsal;

import org.detente.rehearsal.agents.BuiltInAgents;

/**
 * Fault-injection agents: they throw, hang, recurse without end, run out of memory, or offer what
 * does not exist, on their third turn.
 */
final class Faulty {
    private Faulty() {
    }

    static AgentFactory throwing() {
        return s -> {
            int[] turns = {0};
            return v -> {
                if (++turns[0] == 3) {
                    throw new IllegalStateException("injected fault");
                }
                return new Offer(v.own().outcomeAt(0));
            };
        };
    }

    static AgentFactory hanging() {
        return s -> {
            int[] turns = {0};
            return v -> {
                if (++turns[0] == 3) {
                    while (true) {
                        Thread.onSpinWait(); // ignores interrupts on purpose
                    }
                }
                return new Offer(v.own().outcomeAt(0));
            };
        };
    }

    static AgentFactory recursing() {
        return s -> {
            int[] turns = {0};
            return new Agent() {
                @Override
                public Action act(NegotiationView v) {
                    return ++turns[0] == 3 ? deeper(1) : new Offer(v.own().outcomeAt(0));
                }

                private Action deeper(long depth) {
                    return depth == Long.MIN_VALUE ? null : deeper(depth + 1);
                }
            };
        };
    }

    /** Throws the error the JVM throws when an agent allocates without bound (a real one is forked in the cli's tests). */
    static AgentFactory outOfMemory() {
        return s -> {
            int[] turns = {0};
            return v -> {
                if (++turns[0] == 3) {
                    throw new OutOfMemoryError("Java heap space");
                }
                return new Offer(v.own().outcomeAt(0));
            };
        };
    }

    static AgentFactory invalid() {
        return s -> v -> new Offer(v.own().size() + 5L);
    }

    static AgentRegistry registry() {
        return BuiltInAgents.registry().with("throws", throwing()).with("hangs", hanging()).with("invalid", invalid())
                .with("recurses", recursing()).with("oom", outOfMemory())
                .with("oom-at-birth", s -> {
                    throw new OutOfMemoryError("Java heap space");
                });
    }
}
