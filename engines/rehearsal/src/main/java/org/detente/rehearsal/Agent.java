package org.detente.rehearsal;

/**
 * A whole negotiating agent: on each of its turns it is shown the negotiation and answers with an
 * action. One instance takes part in one session; it may keep state between its turns.
 *
 * <p>Built-in agents compose a {@link BiddingStrategy}, an {@link AcceptanceStrategy} and an
 * {@link OpponentModel} into a {@link BoaAgent}; third-party agents may implement this directly.
 */
@FunctionalInterface
public interface Agent {
    /**
     * Chooses an action. An exception, a {@code null}, an offer outside the outcome space or an
     * accept with nothing on the table forfeits the session for this agent.
     */
    Action act(NegotiationView view);
}
