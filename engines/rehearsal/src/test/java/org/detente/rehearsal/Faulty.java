package org.detente.rehearsal;

import org.detente.rehearsal.agents.BuiltInAgents;
import org.detente.rehearsal.testing.FaultyAgents;

/**
 * Fault-injection agents: they throw, hang, recurse without end, run out of memory, or offer what
 * does not exist, on their third turn (those that fail on a third turn are {@link FaultyAgents}').
 */
final class Faulty {
    private Faulty() {
    }

    static AgentFactory throwing() {
        return FaultyAgents.onThirdTurn(FaultyAgents::fail);
    }

    static AgentFactory hanging() {
        return FaultyAgents.onThirdTurn(FaultyAgents::spin);
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
        return FaultyAgents.onThirdTurn(() -> {
            throw new OutOfMemoryError("Java heap space");
        });
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
