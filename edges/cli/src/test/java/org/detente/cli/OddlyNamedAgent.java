package org.detente.cli;

import org.detente.rehearsal.Agent;
import org.detente.rehearsal.AgentProvider;
import org.detente.rehearsal.AgentSetup;
import org.detente.rehearsal.Offer;

/**
 * A third-party agent whose name needs quoting in CSV (a comma and a quote), listed in the test
 * classes' {@code META-INF/services}: it offers its best outcome every turn.
 */
public final class OddlyNamedAgent implements AgentProvider {
    /** Its name. */
    static final String NAME = "odd, \"quoted\"";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Agent create(AgentSetup setup) {
        return v -> new Offer(v.own().outcomeAt(0));
    }
}
