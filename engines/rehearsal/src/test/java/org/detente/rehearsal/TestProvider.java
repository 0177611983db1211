package org.detente.rehearsal;

/** A third-party agent found through ServiceLoader (listed in META-INF/services of the test classes). */
public final class TestProvider implements AgentProvider {
    @Override
    public String name() {
        return "test-plugin";
    }

    @Override
    public Agent create(AgentSetup setup) {
        return v -> new Offer(v.own().outcomeAt(0));
    }
}
