package org.detente.rehearsal;

import java.util.Iterator;
import java.util.List;

/** An agent that plays a fixed script of actions, then walks away. */
final class Scripted implements Agent {
    private final Iterator<Action> script;

    Scripted(Action... actions) {
        this.script = List.of(actions).iterator();
    }

    @Override
    public Action act(NegotiationView view) {
        return script.hasNext() ? script.next() : EndNegotiation.INSTANCE;
    }
}
