package org.detente.rehearsal;

/** Fault-injection agents: they throw, hang, or offer what does not exist, on their third turn. */
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

    static AgentFactory invalid() {
        return s -> v -> new Offer(v.own().size() + 5L);
    }

    static AgentRegistry registry() {
        return AgentRegistry.standard().with("throws", throwing()).with("hangs", hanging()).with("invalid", invalid());
    }
}
