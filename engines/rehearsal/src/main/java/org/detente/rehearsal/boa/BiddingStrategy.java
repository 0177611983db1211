package org.detente.rehearsal.boa;

import org.detente.rehearsal.NegotiationView;

/** Chooses the next offer. */
@FunctionalInterface
public interface BiddingStrategy {
    /**
     * The outcome to offer next.
     *
     * @param view  the negotiation as this agent sees it
     * @param model its estimate of the other side (or {@link OpponentModel#NONE})
     */
    long nextOffer(NegotiationView view, OpponentModel model);
}
