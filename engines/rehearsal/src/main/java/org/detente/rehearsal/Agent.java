package org.detente.rehearsal;

/**
 * A whole negotiating agent: on each of its turns it is shown the negotiation and answers with an
 * action. One instance takes part in one session; it may keep state between its turns.
 *
 * <p>Built-in agents compose a bidding strategy, an acceptance strategy and an opponent model into
 * a {@code BoaAgent} (package {@code org.detente.rehearsal.boa}, inside the module); third-party
 * agents implement this directly.
 */
@FunctionalInterface
public interface Agent {
    /**
     * Chooses an action. An exception, a {@code null}, an offer outside the outcome space or an
     * accept with nothing on the table forfeits the session for this agent.
     */
    Action act(NegotiationView view);
}
